package org.mediationdesk.imports;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.mediationdesk.web.Downloads;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bulk import page (INTAKE, MANAGER): the template to download, the upload, the user's recent
 * imports, and a job's progress (htmx polls it every second, on whichever node answers) with the
 * workbook of refused rows once done. It calls the same {@link BulkImport} as the API.
 */
@Controller
@RequestMapping("/imports")
class ImportPageController {

    private static final String VIEW = "imports/imports";

    private final BulkImport bulkImport;
    private final ErrorWorkbooks errorWorkbooks;

    ImportPageController(BulkImport bulkImport, ErrorWorkbooks errorWorkbooks) {
        this.bulkImport = bulkImport;
        this.errorWorkbooks = errorWorkbooks;
    }

    @GetMapping
    String page(@AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("jobs", bulkImport.recent(user));
        return VIEW;
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AppUser user, Locale locale,
                  Model model) throws IOException {
        try {
            return "redirect:/imports/" + bulkImport.start(file.getOriginalFilename(), BulkImport.bytesOf(file), user, locale).id();
        } catch (InvalidRequestException refused) {
            model.addAttribute("refused", refused.problems().get(0).message());
            return page(user, model);
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, @AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("job", bulkImport.get(id, user));
        return page(user, model);
    }

    @GetMapping("/{id}/progress")
    String progress(@PathVariable String id, @AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("job", bulkImport.get(id, user));
        return VIEW + " :: progress";
    }

    @GetMapping("/{id}/errors.xlsx")
    ResponseEntity<byte[]> errors(@PathVariable String id, @AuthenticationPrincipal AppUser user) {
        ImportJob job = bulkImport.get(id, user);
        byte[] workbook = job.errorWorkbookId() == null ? null
                : errorWorkbooks.download(job.errorWorkbookId(), user).orElse(null);
        if (workbook == null) {
            throw new NotFoundException("import.errors.notFound", id);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Downloads.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("errors.xlsx", "导入未通过的行.xlsx"))
                .body(workbook);
    }

    @Bean
    static NavLink importLink() {
        return new NavLink(15, "/imports", "nav.imports", "nav.imports.description", Set.of(Role.INTAKE, Role.MANAGER));
    }
}
