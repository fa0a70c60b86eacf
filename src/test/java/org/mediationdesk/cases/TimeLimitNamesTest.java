package org.mediationdesk.cases;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A deadline decision's outcome in words, also for decisions recorded before limits had units. */
class TimeLimitNamesTest {

    private final TimeLimitNames names = new TimeLimitNames(bundles());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void decisionWithUnitsReadsAsWords() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(names.explainDecision("acceptance=0D, mediation=1M;10WD, court=-")).isEqualTo("受理当日；调结1个月，至多10个工作日");
    }

    @Test
    void decisionFromBeforeUnitsReadsAsWorkingDaysNotAsItsCodes() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(names.explainDecision("acceptance=1wd, mediation=30wd")).isEqualTo("受理1个工作日；调结30个工作日");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(names.explainDecision("acceptance=1wd, mediation=30wd")).doesNotContain("wd", "=");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
