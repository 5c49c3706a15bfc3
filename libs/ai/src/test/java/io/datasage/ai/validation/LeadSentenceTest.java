package io.datasage.ai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model's text is shown only as a short first sentence without numbers, links or markup; the preview agrees. */
class LeadSentenceTest {

    @Test
    void onlyAShortFirstSentenceWithoutDigitsIsKept() {
        assertThat(LeadSentence.of("Revenue by region, largest first. The West leads."))
                .hasValue("Revenue by region, largest first.");
        assertThat(LeadSentence.of("  Revenue by\nregion ")).hasValue("Revenue by region.");
        assertThat(LeadSentence.of("Sales grew 12% in 2024.")).isEmpty();
        assertThat(LeadSentence.of("Details at https://example.com/x please.")).isEmpty();
        assertThat(LeadSentence.of("<img src=x onerror=alert(1)>")).isEmpty();
        assertThat(LeadSentence.of("word ".repeat(40))).isEmpty();
        assertThat(LeadSentence.of(null)).isEmpty();
    }

    @Test
    void thePreviewStreamsTheFirstSentenceAcrossChunkAndEscapeBoundaries() {
        String json =
                "{\"chart_spec\": {\"chart_type\": \"bar\"}, \"response_text\": \"Caf\\u00e9 \\\"sales\\\" by region. Then more.\"}";
        assertThat(preview(json, 3)).isEqualTo("Café \"sales\" by region.");
        assertThat(preview(json, 1)).isEqualTo("Café \"sales\" by region.");
    }

    @Test
    void thePreviewStopsAtTheFirstDigitAndReadsSingleQuotes() {
        assertThat(preview("{\"response_text\": \"Sales in 2024 by month.\"}", 4))
                .isEqualTo("Sales in ");
        assertThat(preview("{'response_text': 'Units by category.'}", 5)).isEqualTo("Units by category.");
        assertThat(preview("{\"chart_spec\": {\"chart_type\": \"bar\"}}", 5)).isEmpty();
    }

    private static String preview(String json, int size) {
        LeadPreview preview = new LeadPreview();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < json.length(); i += size) {
            out.add(preview.feed(json.substring(i, Math.min(json.length(), i + size))));
        }
        return String.join("", out);
    }
}
