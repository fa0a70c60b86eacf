package org.mediationdesk.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.support.SampleFiles;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileTypesTest {

    private final FileTypes types = new FileTypes(new AttachmentSettings(DataSize.ofMegabytes(20),
            DataSize.ofMegabytes(200), DataSize.ofMegabytes(100), 100, AttachmentSettings.Storage.DATABASE, null, true));

    @TempDir
    Path folder;

    @Test
    void acceptedTypesAreReadFromTheContentWhateverTheName() throws IOException {
        assertThat(types.accepted(file("a.bin", SampleFiles.pdf()))).isEqualTo(FileTypes.PDF);
        assertThat(types.accepted(file("b.bin", SampleFiles.png()))).isEqualTo("image/png");
        assertThat(types.accepted(file("c.pdf", SampleFiles.jpeg()))).isEqualTo("image/jpeg");
        assertThat(types.accepted(file("d.jpg", SampleFiles.heicHeader()))).isEqualTo("image/heic");
        assertThat(types.accepted(file("e.xlsx", SampleFiles.docx()))).isEqualTo(FileTypes.DOCX);
        assertThat(types.accepted(file("f.docx", SampleFiles.xlsx()))).isEqualTo(FileTypes.XLSX);
        assertThat(types.accepted(file("g.doc", SampleFiles.xls()))).isEqualTo(FileTypes.XLS);
        assertThat(types.accepted(file("h.xls", SampleFiles.doc()))).isEqualTo(FileTypes.DOC);
    }

    @Test
    void programsNamedAsDocumentsAreRefused() throws IOException {
        Path elf = file("合同.pdf", SampleFiles.elf());
        Path exe = file("照片.jpg", SampleFiles.windowsProgram());

        assertThatThrownBy(() -> types.accepted(elf)).isInstanceOf(FileTypes.Refused.class)
                .satisfies(e -> assertThat(((FileTypes.Refused) e).type()).isEqualTo("application/x-elf"));
        assertThatThrownBy(() -> types.accepted(exe)).isInstanceOf(FileTypes.Refused.class)
                .satisfies(e -> assertThat(((FileTypes.Refused) e).type()).startsWith("application/x-"));
    }

    @Test
    void zipThatUnpacksFarBeyondItsSizeIsRefusedAsAZipBomb() throws IOException {
        byte[] bomb = SampleFiles.zipBomb(50);
        assertThat(bomb.length).as("small as sent").isLessThan(200 * 1024);

        assertThatThrownBy(() -> types.accepted(file("协议.docx", bomb))).isInstanceOf(FileTypes.ZipBomb.class);
    }

    @Test
    void textAndAZipThatIsNoOfficeDocumentAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("鱼塘".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> types.accepted(file("a.docx", bytes.toByteArray()))).isInstanceOf(FileTypes.Refused.class);
        assertThatThrownBy(() -> types.accepted(file("a.pdf", "鱼塘".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(FileTypes.Refused.class);
        assertThat(types.accepted(file("ok.docx", SampleFiles.zipBomb(0)))).as("the entries a .docx has")
                .isEqualTo(FileTypes.DOCX);
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
