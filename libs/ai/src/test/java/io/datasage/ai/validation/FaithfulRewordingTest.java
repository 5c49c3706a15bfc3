package io.datasage.ai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rewording keeps its finding's numbers exactly; an invented, rounded or spelled-out number is refused. */
class FaithfulRewordingTest {

    private static final List<String> FINDINGS = List.of(
            "Region West contributes 41.3% of all Sales (1,234,567 of 2,989,000).",
            "Sales trends up by 1,204 per quarter on average (r² 0.81, p < 0.001).");

    @Test
    void aFaithfulRewordingIsKept() throws Exception {
        List<String> kept = check("{\"insights\": [\"The West region brings in 41.3% of all sales: 1234567 out of"
                + " 2,989,000.\", \"Sales grow by about 1,204 each quarter (r² 0.81, p < 0.001).\"]}");

        assertThat(kept).hasSize(2);
        assertThat(kept.get(0)).startsWith("The West region");
    }

    @Test
    void anInventedRoundedOrSpelledOutNumberIsRefused() {
        assertThatThrownBy(() -> check("{\"insights\": [\"West brings in 45% of sales.\", \"Sales grow by 1,204 per"
                        + " quarter (r² 0.81, p < 0.001).\"]}"))
                .hasMessageContaining("insights[0] says 45, which is not in the finding");
        assertThatThrownBy(() -> check("{\"insights\": [\"West brings in 41% of sales.\", \"Sales grow by 1,204 per"
                        + " quarter (r² 0.81, p < 0.001).\"]}"))
                .hasMessageContaining("says 41,");
        assertThatThrownBy(() -> check("{\"insights\": [\"West brings in 41.3% of sales, nearly half.\", \"Sales grow"
                        + " by 1,204 per quarter.\"]}"))
                .hasMessageContaining("in words ('half')");
        assertThatThrownBy(() -> check("{\"insights\": [\"West brings in 41.3% of sales.\"]}"))
                .hasMessageContaining("given 2 findings and returned 1");
        assertThatThrownBy(() -> check("{\"insights\": [\"West leads.\", \"Sales grow by 1,204 per quarter.\"]}"))
                .hasMessageContaining("insights[0] lost the finding's numbers");
        assertThatThrownBy(() -> check("{\"insights\": [\"<b>West</b> 41.3%\", \"Sales grow by 1,204 per quarter.\"]}"))
                .hasMessageContaining("markup");
    }

    @Test
    void numbersAreComparedByValueAndDatesAsWritten() {
        assertThat(FaithfulRewording.numbers("1,234,567 of 2989000.50 on 2024-12-30, r = -0.42."))
                .containsExactly("1234567", "2989000.5", "2024-12-30", "0.42");
    }

    private static List<String> check(String reply) throws InvalidAnswerException {
        return FaithfulRewording.check(LenientJson.parse(reply).node(), FINDINGS);
    }
}
