package org.mediationdesk.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators and the data-protection officer search the access records by user, case and days on a
 * page, and export what they found as CSV or Excel; each export is an access record itself
 * ({@link AccessRecordApiController}: the API).
 */
@Controller
class AccessRecordController {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AccessRecordSearch search;
    private final AccessRecords records;
    private final MessageSource messages;
    private final Clock clock;

    AccessRecordController(AccessRecordSearch search, AccessRecords records, MessageSource messages, Clock clock) {
        this.search = search;
        this.records = records;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/privacy/access-records")
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String caseNumber,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Model model) {
        model.addAttribute("records", search.search(new AccessRecordSearch.Filter(username, caseNumber, from, to),
                AccessRecordSearch.PAGE_LIMIT));
        model.addAttribute("limit", AccessRecordSearch.PAGE_LIMIT);
        return "privacy/access-records";
    }

    @GetMapping("/privacy/access-records.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String username,
                               @RequestParam(required = false) String caseNumber,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @AuthenticationPrincipal AppUser user) {
        var filter = new AccessRecordSearch.Filter(username, caseNumber, from, to);
        List<AccessRecord> found = exported(filter, user, "csv");
        return download(AccessRecordExport.csv(found, this::label), "text/csv;charset=UTF-8", "csv");
    }

    @GetMapping("/privacy/access-records.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String username,
                                    @RequestParam(required = false) String caseNumber,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @AuthenticationPrincipal AppUser user) {
        var filter = new AccessRecordSearch.Filter(username, caseNumber, from, to);
        List<AccessRecord> found = exported(filter, user, "xlsx");
        String exportedBy = "导出 Exported by " + user.displayName() + " (" + user.username() + ") "
                + MINUTE.format(LocalDateTime.now(clock)) + " (" + clock.getZone() + ")";
        return download(AccessRecordExport.workbook(found, this::label, exportedBy), Downloads.XLSX, "xlsx");
    }

    /** The records found, read before the export's own record is written. */
    private List<AccessRecord> exported(AccessRecordSearch.Filter filter, AppUser user, String format) {
        List<AccessRecord> found = search.search(filter, AccessRecordSearch.EXPORT_LIMIT);
        records.onCases(user, AccessAction.ACCESS_RECORDS_EXPORT, format + ": " + filter.describe(), null, null);
        return found;
    }

    private String label(AccessAction action) {
        String key = "enum.AccessAction." + action;
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE) + " "
                + messages.getMessage(key, null, Locale.ENGLISH);
    }

    private ResponseEntity<byte[]> download(byte[] body, String type, String extension) {
        String day = LocalDate.now(clock).toString();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("access-records-" + day + "." + extension,
                        "个人信息处理记录-" + day + "." + extension))
                .body(body);
    }
}
