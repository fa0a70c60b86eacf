package org.mediationdesk.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Long texts (every mediator of a big centre excluded, say) are cut to their column, never refused. */
class DecisionLogTest {

    @Test
    void textWithinTheLimitIsKeptWhole() {
        assertThat(DecisionLog.cut("QUEUE", 200)).isEqualTo("QUEUE");
    }

    @Test
    void longerTextIsCutToTheLimitAndSaysSo() {
        String cut = DecisionLog.cut("无该类纠纷专长；".repeat(100), 200);

        assertThat(cut).hasSize(200).endsWith("…");
    }
}
