package io.datasage.ai.prompt;

import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.List;

/**
 * The answer's JSON schema, sent where the provider enforces schemas while decoding. Column fields are enums of
 * the dataset's real column names, so a schema-enforcing provider cannot name a column that does not exist; the
 * answer is validated against the data all the same.
 */
public final class AnswerSchema {

    static final List<String> CHART_TYPES = List.of(
            "bar",
            "line",
            "area",
            "pie",
            "scatter",
            "histogram",
            "box",
            "heatmap",
            "grouped_bar",
            "stacked_bar",
            "kpi",
            "table");
    private static final int MAX_ENUM = 500;

    private AnswerSchema() {}

    /** The schema for a dataset with these column names. */
    public static JsonSchema forColumns(List<String> columnNames) {
        JsonObjectSchema answer = JsonObjectSchema.builder()
                .addStringProperty("response_text")
                .addProperty("chart_spec", spec(columnNames))
                .addEnumProperty("confidence", List.of("High", "Medium", "Low"))
                .required("response_text", "chart_spec", "confidence")
                .build();
        return JsonSchema.builder().name("chart_answer").rootElement(answer).build();
    }

    /** A chart spec whose column fields are enums of these names (plain strings past {@value #MAX_ENUM} columns). */
    static JsonObjectSchema spec(List<String> columnNames) {
        JsonSchemaElement column = columnNames.isEmpty() || columnNames.size() > MAX_ENUM
                ? new JsonStringSchema()
                : JsonEnumSchema.builder().enumValues(columnNames).build();
        JsonSchemaElement scalar = JsonAnyOfSchema.builder()
                .anyOf(new JsonStringSchema(), new JsonNumberSchema(), new JsonBooleanSchema())
                .build();
        JsonSchemaElement value = JsonAnyOfSchema.builder()
                .anyOf(
                        new JsonStringSchema(),
                        new JsonNumberSchema(),
                        new JsonBooleanSchema(),
                        JsonArraySchema.builder().items(scalar).build())
                .build();
        JsonObjectSchema filter = JsonObjectSchema.builder()
                .addProperty("column", column)
                .addEnumProperty("op", List.of("=", "!=", ">", ">=", "<", "<=", "in", "between", "contains"))
                .addProperty("value", value)
                .required("column", "op", "value")
                .build();
        JsonObjectSchema sort = JsonObjectSchema.builder()
                .addEnumProperty("by", List.of("x", "y"))
                .addEnumProperty("order", List.of("asc", "desc"))
                .build();
        return JsonObjectSchema.builder()
                .addEnumProperty("chart_type", CHART_TYPES)
                .addProperty("x", column)
                .addProperty("y", JsonArraySchema.builder().items(column).build())
                .addProperty("series", column)
                .addEnumProperty(
                        "aggregation", List.of("sum", "mean", "count", "min", "max", "median", "count_distinct"))
                .addEnumProperty("time_grain", List.of("day", "week", "month", "quarter", "year"))
                .addProperty("filters", JsonArraySchema.builder().items(filter).build())
                .addProperty("sort", sort)
                .addProperty("limit", new JsonIntegerSchema())
                .addProperty("bins", new JsonIntegerSchema())
                .required("chart_type")
                .build();
    }
}
