package org.mediationdesk.reports;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.privacy.AccessRecords;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The two refusals made before a workbook is written: a period too large for one sheet, and a node writing enough. */
class ReportDownloadTest {

    private static final AppUser MANAGER = new AppUser(1, "nanxun.manager", "-", "南浔经理", "NX-COUNTY", true,
            EnumSet.of(Role.MANAGER));
    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final StatisticsReport.Scope SCOPE = new StatisticsReport.Scope(Set.of("NX-COUNTY"), "南浔区",
            "NX-COUNTY", true);

    private final StatisticsReport report = mock(StatisticsReport.class);
    private final ReportSubmissions submissions = mock(ReportSubmissions.class);
    private final ReportExports exports = new ReportExports(new ReportSettings(1));
    private final ReportDownload download = new ReportDownload(report, submissions, bundles(),
            mock(AccessRecords.class), exports);

    @BeforeEach
    void setUp() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        when(report.scopeOf(MANAGER, null)).thenReturn(SCOPE);
        when(submissions.inForce(any(), any())).thenReturn(Optional.empty());
    }

    @AfterEach
    void tearDown() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void periodWithMoreCasesThanOneSheetHoldsIsRefusedNamingTheFieldAndBothCounts() {
        when(report.caseCount(SCOPE, YEAR)).thenReturn(StatisticsWorkbook.MAX_CASES + 1L);

        assertThatThrownBy(() -> download.check(MANAGER, null, YEAR))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).field()).isEqualTo("to");
                    assertThat(e.problems().get(0).message()).isEqualTo(
                            "报表期间内有 1,048,575 件案件，超过 Excel 一个工作表可容纳的 1,048,574 行案件清单；请缩短期间或只选一个中心");
                });
    }

    @Test
    void periodThatFillsTheSheetExactlyIsAccepted() {
        when(report.caseCount(SCOPE, YEAR)).thenReturn((long) StatisticsWorkbook.MAX_CASES);

        assertThat(download.check(MANAGER, null, YEAR)).isEqualTo(SCOPE);
    }

    @Test
    void secondFreshWorkbookWhileTheOnlyPlaceIsWritingIsRefusedBeforeAnythingIsSent() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        doAnswer(call -> {
            writing.countDown();
            assertThat(finish.await(30, TimeUnit.SECONDS)).isTrue();
            return null;
        }).when(report).write(any(), any(), any(), anyBoolean(), any());
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                download.send(SCOPE, YEAR, MANAGER, true, null, new MockHttpServletResponse());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse second = new MockHttpServletResponse();
        assertThatThrownBy(() -> download.send(SCOPE, YEAR, MANAGER, true, null, second))
                .isInstanceOfSatisfying(ReportsBusyException.class, e -> assertThat(e.places()).isEqualTo(1));
        assertThat(second.getContentType()).isNull();
        assertThat(second.getHeaderNames()).isEmpty();

        finish.countDown();
        first.get(30, TimeUnit.SECONDS);
        try (var place = exports.start()) {
            assertThat(place).isNotNull();
        }
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
