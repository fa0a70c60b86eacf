package org.mediationdesk.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Which template a centre's document is filled from: its own, the folder's for every centre, or the built-in one. */
class DocumentTemplatesTest {

    @TempDir
    Path folder;

    @Test
    void centresOwnTemplateWinsOverTheFoldersWhichWinsOverTheBuiltInOne() throws Exception {
        Files.createDirectories(folder.resolve("NX-LINGHU-FISHERY"));
        Files.write(folder.resolve("NX-LINGHU-FISHERY").resolve("agreement.docx"), new byte[] {1});
        Files.write(folder.resolve("agreement.docx"), new byte[] {2});
        DocumentTemplates templates = new DocumentTemplates(new DocumentSettings(folder, List.of("仿宋"), List.of("宋体")));

        assertThat(templates.template(DocumentKind.AGREEMENT, "NX-LINGHU-FISHERY")).containsExactly(1);
        assertThat(templates.template(DocumentKind.AGREEMENT, "NX-COUNTY")).containsExactly(2);
        assertThat(templates.template(DocumentKind.APPLICATION, "NX-LINGHU-FISHERY"))
                .isEqualTo(templates.builtIn(DocumentKind.APPLICATION));
    }

    @Test
    void builtInTemplatesNameTheFirstConfiguredFontWhenNoneIsInstalled() {
        DocumentTemplates templates = new DocumentTemplates(
                new DocumentSettings(null, List.of("不存在的字体", "另一个"), List.of("不存在的标题字体")));

        assertThat(templates.bodyFont()).isEqualTo("不存在的字体");
        assertThat(DocxText.of(templates.template(DocumentKind.AGREEMENT, null)).text()).contains("{{committee}}");
    }
}
