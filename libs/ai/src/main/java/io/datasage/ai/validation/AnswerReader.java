package io.datasage.ai.validation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import java.util.Locale;

/**
 * Reads the answer object: {@code {"response_text", "chart_spec", "confidence"}}, also with the original system's
 * {@code chart_config} key and its {@code "columns": [x, y]} form, or a bare chart spec. The model's title is
 * dropped: the chart engine titles the chart from what it really shows.
 */
public final class AnswerReader {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final List<String> SPEC_KEYS = List.of("chart_spec", "chart_config", "chart", "spec");
    private static final List<String> BARE_SPEC_KEYS = List.of("chart_type", "type", "columns", "x", "y");
    private static final List<String> TEXT_KEYS = List.of("response_text", "response", "answer", "text");
    private static final int MAX_TEXT = 2_000;

    private AnswerReader() {}

    /** The answer in {@code node}. */
    public static LlmAnswer read(JsonNode node) throws InvalidAnswerException {
        if (node == null || !node.isObject()) {
            throw new InvalidAnswerException(
                    "the reply must be a JSON object with response_text, chart_spec and confidence");
        }
        JsonNode spec = first(node, SPEC_KEYS);
        if ((spec == null || spec.isNull()) && BARE_SPEC_KEYS.stream().anyMatch(node::has)) {
            spec = node;
        }
        if (spec == null || !spec.isObject()) {
            throw new InvalidAnswerException(
                    "chart_spec is missing or not an object; add \"chart_spec\": {\"chart_type\": ..., "
                            + "\"x\": ..., \"y\": [...]} using columns from the table");
        }
        return new LlmAnswer(
                text(first(node, TEXT_KEYS)), toSpec((ObjectNode) spec.deepCopy()), confidence(node.get("confidence")));
    }

    /** The spec in {@code spec} (its {@code type} read as {@code chart_type}, its title dropped). */
    static ChartSpec toSpec(ObjectNode spec) throws InvalidAnswerException {
        if (!spec.hasNonNull("chart_type") && spec.hasNonNull("type")) {
            spec.set("chart_type", spec.get("type"));
        }
        spec.remove("title");
        if (!spec.hasNonNull("chart_type")) {
            throw new InvalidAnswerException(
                    "chart_spec.chart_type is missing; use one of bar, line, pie, scatter, histogram, heatmap, "
                            + "grouped_bar, stacked_bar, area, box, kpi, table");
        }
        try {
            return MAPPER.treeToValue(spec, ChartSpec.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException
                    ? ((com.fasterxml.jackson.databind.JsonMappingException) e).getPathReference()
                    : "chart_spec";
            throw new InvalidAnswerException(
                    "chart_spec does not have the expected shape at " + field + ": x and series are column "
                            + "names, y a list of column names, filters a list of {column, op, value}, sort {by, order}, limit and bins integers");
        }
    }

    private static JsonNode first(JsonNode node, List<String> keys) {
        return JsonFields.first(node, keys);
    }

    private static String text(JsonNode node) {
        return JsonFields.text(node, MAX_TEXT);
    }

    private static String confidence(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            double v = node.asDouble();
            double share = v > 1 ? v / 100 : v;
            return share >= 0.8 ? "High" : share >= 0.5 ? "Medium" : "Low";
        }
        switch (node.asText().strip().toLowerCase(Locale.ROOT)) {
            case "high":
                return "High";
            case "medium":
            case "moderate":
                return "Medium";
            case "low":
                return "Low";
            default:
                return null;
        }
    }
}
