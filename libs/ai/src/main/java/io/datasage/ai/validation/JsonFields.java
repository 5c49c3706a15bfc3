package io.datasage.ai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Lenient field reads shared by the readers of model replies: a field under any of its usual names, bounded text. */
final class JsonFields {

    private JsonFields() {}

    /** The value of the first of {@code keys} that {@code node} has, or null. */
    static JsonNode first(JsonNode node, List<String> keys) {
        for (String key : keys) {
            if (node.has(key)) {
                return node.get(key);
            }
        }
        return null;
    }

    /** A string field stripped and cut to {@code max} characters; null when absent, not a string or blank. */
    static String text(JsonNode node, int max) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text.substring(0, Math.min(max, text.length()));
    }
}
