package org.mediationdesk.reports;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics workbook streams its case list: a node with a 256 MiB heap writes one of 40,000 cases (the
 * same list built in memory needs several times that heap: docs/benchmarks.md, issue 19 goal 4). The node runs
 * in a JVM of its own ({@link ReportInSmallHeap}), which ends at once should the heap run out; the workbook is
 * read back as a stream, row by row.
 */
@DisabledIfSystemProperty(named = "spring.profiles.active", matches = ".*mysql.*",
        disabledReason = "the node under test runs on its own H2 file database")
class H2ReportInSmallHeapIT {

    private static final int CASES = 40_000;

    @TempDir
    Path directory;

    @Test
    void aNodeWithA256MiBHeapWritesTheWorkbookOf40000CasesWithEveryCaseListed() throws Exception {
        Path log = directory.resolve("node.log");
        Process node = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
                "-cp", testClassPath(), ReportInSmallHeap.class.getName(),
                Integer.toString(CASES), directory.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        boolean ended = node.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            node.destroyForcibly();
        }
        assertThat(ended).as("the node ended within 10 minutes").isTrue();
        assertThat(node.exitValue()).as("the node's exit status; its output:%n%s", Files.readString(log)).isZero();
        Set<String> listed = caseNumbersListed(directory.resolve("report.xlsx").toFile());
        Set<String> generated = listed.stream().filter(number -> number.startsWith("BENCH-")).collect(Collectors.toSet());
        assertThat(generated.size()).as("generated cases listed").isEqualTo(CASES);
        assertThat(generated).contains("BENCH-0", "BENCH-" + (CASES - 1));
    }

    /**
     * The test JVM's class path without its empty entries: Failsafe's ends in a separator, which would put the
     * working directory on the node's class path, and with it the repository's own processes/ a second time.
     */
    private static String testClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    /** The first column of the case list below its title and header, read as a stream. */
    private static Set<String> caseNumbersListed(File workbook) throws Exception {
        Set<String> numbers = new HashSet<>();
        try (OPCPackage pkg = OPCPackage.open(workbook, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(StatisticsWorkbook.CASE_LIST)) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                                new ReadOnlySharedStringsTable(pkg), new FirstColumn(numbers), false));
                        parser.parse(new InputSource(sheet));
                    }
                }
            }
        }
        return numbers;
    }

    private record FirstColumn(Set<String> values) implements XSSFSheetXMLHandler.SheetContentsHandler {

        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            boolean firstColumn = reference.startsWith("A") && Character.isDigit(reference.charAt(1));
            if (firstColumn && Integer.parseInt(reference.substring(1)) > SheetWriter.HEADER_ROWS) {
                values.add(formattedValue);
            }
        }
    }
}
