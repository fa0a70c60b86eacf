package org.mediationdesk.imports;

import java.io.IOException;

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

/** Bulk import: the template to fill in, the upload, and the workbook of rows it rejected. */
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

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AppUser user)
            throws IOException {
        return bulkImport.importFile(file.getOriginalFilename(), file.getBytes(), user);
    }

    @GetMapping("/{id}/errors.xlsx")
    ResponseEntity<byte[]> errors(@PathVariable String id, @AuthenticationPrincipal AppUser user) {
        byte[] workbook = errorWorkbooks.get(id, user.username())
                .orElseThrow(() -> new NotFoundException("import.errors.notFound", id));
        return xlsx("errors.xlsx", "导入未通过的行.xlsx", workbook);
    }

    private static ResponseEntity<byte[]> xlsx(String asciiName, String name, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Downloads.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(asciiName, name))
                .body(content);
    }
}
