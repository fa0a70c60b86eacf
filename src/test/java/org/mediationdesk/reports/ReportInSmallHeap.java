package org.mediationdesk.reports;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.mediationdesk.MediationDeskApplication;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node that writes one large statistics workbook and stops, for {@link H2ReportInSmallHeapIT}, which runs it in
 * a JVM of its own with a small heap. Arguments: the number of cases, a directory for the H2 file database (so
 * the rows are not on the heap) and the workbook. Exits 0 once the workbook is written, 1 on any failure (and,
 * with {@code -XX:+ExitOnOutOfMemoryError}, 3 when the heap runs out).
 */
public final class ReportInSmallHeap {

    private static final AppUser PREPARER = new AppUser(0, "bench", "-", "基准测试", ManyCases.CENTRE, true,
            EnumSet.of(Role.MANAGER));

    private ReportInSmallHeap() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            write(Integer.parseInt(args[0]), Path.of(args[1]));
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        }
        // Leaves no doubt about the outcome, whatever threads the engine left behind.
        System.exit(status);
    }

    private static void write(int cases, Path directory) throws Exception {
        try (var context = new SpringApplicationBuilder(MediationDeskApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db") + ";MODE=MySQL",
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
             OutputStream out = Files.newOutputStream(directory.resolve("report.xlsx"))) {
            ManyCases.ensure(context.getBean(JdbcTemplate.class), cases);
            var scope = new StatisticsReport.Scope(Set.of(ManyCases.CENTRE), ManyCases.CENTRE_NAME, ManyCases.CENTRE,
                    false);
            context.getBean(StatisticsReport.class).write(scope,
                    new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), PREPARER, out);
        }
    }
}
