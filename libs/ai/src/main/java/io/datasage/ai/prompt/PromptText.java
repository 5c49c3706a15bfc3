package io.datasage.ai.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datasage.contracts.chart.ChartSpec;

/**
 * Puts untrusted text into a prompt as data: a JSON string literal (so quotes and newlines cannot end it), with
 * angle brackets escaped (so a value cannot close the {@code <data>} block) and long values cut.
 */
final class PromptText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PromptText() {}

    /** {@code value} as a quoted, escaped literal of at most {@code max} characters of content. */
    static String quote(String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            v = v.substring(0, Math.max(1, max - 1)) + "…";
        }
        try {
            return JSON.writeValueAsString(v).replace("<", "\\u003c").replace(">", "\\u003e");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serialises", e);
        }
    }

    /** {@code spec} as compact JSON without its title, values escaped like {@link #quote}. */
    static String spec(ChartSpec spec) {
        ObjectNode node = JSON.valueToTree(spec.normalized());
        node.remove("title");
        return node.toString().replace("<", "\\u003c").replace(">", "\\u003e");
    }
}
