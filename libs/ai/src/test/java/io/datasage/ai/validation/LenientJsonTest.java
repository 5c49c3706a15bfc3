package io.datasage.ai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** What is repaired (only what has one reading) and what is sent back to the model. */
class LenientJsonTest {

    @Test
    void cleanJsonNeedsNoRepair() throws Exception {
        LenientJson.Parsed p = LenientJson.parse("{\"chart_spec\": {\"chart_type\": \"bar\"}}");
        assertThat(p.repairs()).isEmpty();
        assertThat(p.node().at("/chart_spec/chart_type").asText()).isEqualTo("bar");
    }

    @Test
    void codeFencesProseAndThinkingAreRemoved() throws Exception {
        LenientJson.Parsed p = LenientJson.parse("<think>the user wants {bars}</think>Sure! Here it is:\n```json\n"
                + "{\"chart_spec\": {\"chart_type\": \"bar\", \"x\": \"Region\"}}\n```\nHope this helps {really}.");
        assertThat(p.node().at("/chart_spec/x").asText()).isEqualTo("Region");
        assertThat(p.repairs()).contains("removed a <think> block", "removed code fences");
    }

    @Test
    void proseAroundTheObjectIsRemoved() throws Exception {
        JsonNode node = LenientJson.parse(
                        "Here is the answer: {\"confidence\": \"High\", \"note\": \"a } in a string\"} Thanks!")
                .node();
        assertThat(node.get("note").asText()).isEqualTo("a } in a string");
    }

    @Test
    void trailingCommasCommentsUnquotedKeysAndPythonLiteralsAreRepaired() throws Exception {
        LenientJson.Parsed p = LenientJson.parse("{response_text: \"True story, None of it made up\", // a comment\n"
                + " \"chart_spec\": {\"y\": [\"Sales\", \"Profit\",], \"stacked\": True, \"series\": None,},}");
        assertThat(p.node().get("response_text").asText())
                .as("strings are never touched")
                .isEqualTo("True story, None of it made up");
        assertThat(p.node().at("/chart_spec/y").size()).isEqualTo(2);
        assertThat(p.node().at("/chart_spec/stacked").asBoolean()).isTrue();
        assertThat(p.node().at("/chart_spec/series").isNull()).isTrue();
        assertThat(p.repairs()).contains("repaired JSON syntax");
    }

    @Test
    void wellFormedSingleQuotesAreRepaired() throws Exception {
        JsonNode node = LenientJson.parse("{'chart_spec': {'chart_type': 'pie', 'x': 'Region'}, 'confidence': 'Low'}")
                .node();
        assertThat(node.at("/chart_spec/chart_type").asText()).isEqualTo("pie");
    }

    @Test
    void anApostropheInsideSingleQuotesIsAmbiguousAndSentBack() {
        assertThatThrownBy(() ->
                        LenientJson.parse("{'response_text': 'it's revenue', 'chart_spec': {'chart_type': 'bar'}}"))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aCutOffObjectIsNotGuessedAt() {
        assertThatThrownBy(() -> LenientJson.parse(
                        "{\"response_text\": \"Sales by region\", \"chart_spec\": {\"chart_type\": \"ba"))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("not closed");
    }

    @Test
    void repliesWithoutAnObjectAreSentBack() {
        assertThatThrownBy(() -> LenientJson.parse("I cannot answer that.")).hasMessageContaining("no JSON object");
        assertThatThrownBy(() -> LenientJson.parse("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> LenientJson.parse(null)).hasMessageContaining("empty");
    }
}
