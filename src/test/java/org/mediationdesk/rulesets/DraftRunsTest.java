package org.mediationdesk.rulesets;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Draft runs on one node: one per author, a small pool for all, refused rather than queued. */
class DraftRunsTest {

    private final DraftRuns runs = new DraftRuns(
            new DraftRunSettings(SimulationScope.Mode.ALL, Map.of(), 2, Duration.ofDays(1), Duration.ofMinutes(5)));

    @Test
    void anAuthorsSecondRunIsRefusedAsAuthorBusy() {
        runs.start("author");

        assertThatThrownBy(() -> runs.start("author")).isInstanceOfSatisfying(DraftRunRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(DraftRunRefusedException.Reason.AUTHOR_BUSY));
    }

    @Test
    void aRunBeyondThePoolIsRefusedAsPoolFull() {
        runs.start("first");
        runs.start("second");

        assertThatThrownBy(() -> runs.start("third")).isInstanceOfSatisfying(DraftRunRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(DraftRunRefusedException.Reason.POOL_FULL));
        assertThatThrownBy(() -> runs.start("third")).as("the refused author holds no place")
                .isInstanceOfSatisfying(DraftRunRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(DraftRunRefusedException.Reason.POOL_FULL));
    }

    @Test
    void aRunThatEndsFreesItsPlaceAndItsAuthorOnceHoweverOftenItIsClosed() {
        DraftRuns.DraftRun first = runs.start("first");
        runs.start("second");

        first.close();
        first.close();

        runs.start("first");
        assertThatThrownBy(() -> runs.start("third")).isInstanceOf(DraftRunRefusedException.class);
    }
}
