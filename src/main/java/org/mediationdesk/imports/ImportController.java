package org.mediationdesk.imports;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.NotFoundException;
import org.mediationdesk.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import: the template to fill in, the upload that starts a job, the job's progress, and the workbook of rows it refused. */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final ImportTemplate template;
    private final BulkImport bulkImport;
    private final ErrorWorkbooks errorWorkbooks;

    ImportController(ImportTemplate template, BulkImport bulkImport, ErrorWorkbooks errorWorkbooks) {
        this.template = template;
        this.bulkImport = bulkImport;
        this.errorWorkbooks = errorWorkbooks;
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return xlsx("template.xlsx", "纠纷批量导入模板.xlsx", BulkImport.bytes(template.create()));
    }

    /** 202 at once with the job (Location: where to follow it); 400 when the file cannot be imported at all. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJob> upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AppUser user,
                                     Locale locale) throws IOException {
        ImportJob job = bulkImport.start(file.getOriginalFilename(), BulkImport.bytesOf(file), user, locale);
        return ResponseEntity.accepted().location(URI.create(job.location())).body(job);
    }

    @GetMapping("/jobs")
    List<ImportJob> recent(@AuthenticationPrincipal AppUser user) {
        return bulkImport.recent(user);
    }

    @GetMapping("/jobs/{id}")
    ImportJob job(@PathVariable String id, @AuthenticationPrincipal AppUser user) {
        return bulkImport.get(id, user);
    }

    @GetMapping("/{id}/errors.xlsx")
    ResponseEntity<byte[]> errors(@PathVariable String id, @AuthenticationPrincipal AppUser user) {
        byte[] workbook = errorWorkbooks.download(id, user)
                .orElseThrow(() -> new NotFoundException("import.errors.notFound", id));
        return xlsx("errors.xlsx", "导入未通过的行.xlsx", workbook);
    }

    private static ResponseEntity<byte[]> xlsx(String asciiName, String name, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Downloads.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(asciiName, name))
                .body(content);
    }
}
