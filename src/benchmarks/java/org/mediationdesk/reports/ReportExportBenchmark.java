package org.mediationdesk.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mediationdesk.MediationDeskApplication;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load driver for the report export: time and peak heap of the streamed (SXSSF) case list for a
 * large period, against writing the same rows into a plain in-memory XSSF workbook. Not a test. Arguments
 * (one string, split on spaces, as {@code -Dbenchmark.args} passes them): the number of cases, optionally a
 * MariaDB/MySQL URL (default: an H2 file database under /tmp, so the rows do not sit on the heap being
 * measured), and {@code --streamed-only} to export once with SXSSF only, for a run with a small heap:
 * <pre>
 * mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.reports.ReportExportBenchmark \
 *     -Dbenchmark.args="200000"
 * java -Xmx256m -XX:+ExitOnOutOfMemoryError -cp ... org.mediationdesk.reports.ReportExportBenchmark \
 *     "1000000 jdbc:mysql://127.0.0.1:3306/bench_report --streamed-only"
 * </pre>
 * The small-heap run exits with a non-zero status when the export does not complete (an
 * {@code OutOfMemoryError} ends the JVM with {@code -XX:+ExitOnOutOfMemoryError}; any other failure is
 * rethrown), so a script or CI step running it fails.
 */
public final class ReportExportBenchmark {

    private static final String CENTRE = ManyCases.CENTRE;
    private static final AppUser PREPARER = new AppUser(0, "bench", "-", "基准测试", CENTRE, true,
            EnumSet.of(Role.MANAGER));

    private ReportExportBenchmark() {
    }

    public static void main(String[] given) throws Exception {
        List<String> args = Arrays.stream(String.join(" ", given).trim().split("\\s+")).filter(a -> !a.isEmpty())
                .toList();
        int cases = args.isEmpty() ? 200_000 : Integer.parseInt(args.get(0));
        String url = args.stream().filter(a -> a.startsWith("jdbc:")).findFirst().orElse(null);
        boolean streamedOnly = args.contains("--streamed-only");
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        if (url == null) {
            settings.add("--spring.datasource.url=jdbc:h2:file:/tmp/mediationdesk-report-bench/db;MODE=MySQL");
            settings.add("--spring.profiles.include=");
        } else {
            settings.add("--spring.profiles.active=mysql");
            settings.add("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?")
                    + "rewriteBatchedStatements=true&useCursorFetch=true");
            settings.add("--spring.datasource.username=root");
            settings.add("--spring.datasource.password=");
        }
        System.out.printf("heap limit %d MiB, %s%n", Runtime.getRuntime().maxMemory() >> 20,
                url == null ? "H2 file database" : url);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MediationDeskApplication.class)
                .run(settings.toArray(String[]::new))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            int inserted = ManyCases.ensure(jdbc, cases);
            System.out.printf("data: %d cases in the period (%d inserted in %.1f s)%n",
                    cases, inserted, (System.nanoTime() - started) / 1e9);
            ReportPeriod period = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            StatisticsReport report = context.getBean(StatisticsReport.class);
            var scope = new StatisticsReport.Scope(Set.of(CENTRE), ManyCases.CENTRE_NAME, CENTRE, false);
            if (streamedOnly) {
                measure("SXSSF report (all sheets, case list streamed)", out -> report.write(scope, period, PREPARER, out));
                return;
            }
            ReportMapper mapper = context.getBean(ReportMapper.class);
            TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
            ReportLabels labels = context.getBean(ReportLabels.class);
            PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
            for (int round = 1; round <= 2; round++) {
                measure("round " + round + " SXSSF report (all sheets, case list streamed)",
                        out -> report.write(scope, period, PREPARER, out));
                measure("round " + round + " SXSSF case list only (like for like)",
                        out -> transaction.executeWithoutResult(status -> streamedCaseList(mapper, labels, cipher,
                                period, out)));
                measure("round " + round + " XSSF case list in memory (baseline)",
                        out -> transaction.executeWithoutResult(status -> inMemoryCaseList(mapper, period, out)));
            }
        }
    }

    /** The report's own case list sheet, alone in its workbook: what the baseline writes, written as the report does. */
    private static void streamedCaseList(ReportMapper mapper, ReportLabels labels, PersonalDataCipher cipher,
                                         ReportPeriod period, OutputStream out) {
        try (var cases = mapper.caseList(Set.of(CENTRE), period.start(), period.end())) {
            new StatisticsWorkbook("基准测试", period).caseListAndWrite(cases, labels, false, cipher::open, "bench", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The baseline: the same rows and columns, built as a plain XSSF workbook entirely in memory. */
    private static void inMemoryCaseList(ReportMapper mapper, ReportPeriod period, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var cases = mapper.caseList(Set.of(CENTRE), period.start(),
                period.end())) {
            ReportStyles styles = new ReportStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(StatisticsWorkbook.CASE_LIST);
            int r = 2;
            for (ReportMapper.CaseLine c : cases) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.caseNumber());
                row.createCell(1).setCellValue(c.registeredAt());
                row.getCell(1).setCellStyle(styles.dateTime);
                row.createCell(2).setCellValue(c.disputeTypeCode());
                row.createCell(3).setCellValue(c.centreCode());
                row.createCell(4).setCellValue(c.mediator() == null ? "" : c.mediator());
                row.createCell(5).setCellValue(c.status());
                row.createCell(6).setCellValue(c.closureType() == null ? "" : c.closureType());
                if (c.closedAt() != null) {
                    row.createCell(8).setCellValue(c.closedAt());
                }
                if (c.minutesToAcceptance() != null) {
                    row.createCell(9).setCellValue(c.minutesToAcceptance() / 1440.0);
                }
                if (c.minutesToOutcome() != null) {
                    row.createCell(10).setCellValue(c.minutesToOutcome() / 1440.0);
                }
                row.createCell(11).setCellValue(StatisticsWorkbook.partyName(c.applicant(), c.applicantKind()));
                row.createCell(12).setCellValue(StatisticsWorkbook.partyName(c.respondent(), c.respondentKind()));
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Export {
        void to(OutputStream out) throws IOException;
    }

    /** Samples used heap every 5 ms while the export runs; reports the peak above the level before it. */
    private static void measure(String name, Export export) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(300);
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        CountingStream out = new CountingStream();
        long started = System.nanoTime();
        export.to(out);
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.join();
        System.out.printf("%-55s %6.1f s  peak heap +%5d MiB  file %5.1f MiB%n", name, seconds,
                (peak.get() - before) >> 20, out.bytes / 1048576.0);
    }

    /** Counts what would be sent to the browser, without keeping it. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
