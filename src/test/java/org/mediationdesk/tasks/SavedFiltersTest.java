package org.mediationdesk.tasks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SavedFiltersTest {

    @Test
    void keepsOnlyTheFilterParametersInAStableOrder() {
        assertThat(SavedFilters.filterPart("?page=3&overdue=true&scope=CENTRE&evil=1&type=FISHERY"))
                .isEqualTo("overdue=true&scope=CENTRE&type=FISHERY");
    }

    @Test
    void chineseSearchTextSurvivesEncodedOrNot() {
        assertThat(SavedFilters.filterPart("q=%E6%B2%88+%E5%BB%BA")).isEqualTo("q=%E6%B2%88%20%E5%BB%BA");
        assertThat(SavedFilters.filterPart("q=沈")).isEqualTo("q=%E6%B2%88");
    }

    @Test
    void lineBreaksAndEmptyValuesCannotReachTheRedirect() {
        assertThat(SavedFilters.filterPart("q=a%0d%0aSet-Cookie:x&type=")).isEqualTo("q=a%0D%0ASet-Cookie:x");
        assertThat(SavedFilters.filterPart("q=%zz")).isEmpty();
        assertThat(SavedFilters.filterPart(null)).isEmpty();
    }
}
