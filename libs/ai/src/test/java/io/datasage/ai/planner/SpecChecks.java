package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a spec against the contract's JSON schema (enums, shapes) and the dataset's real column names. */
final class SpecChecks {

    private static final JsonNode SCHEMA;

    static {
        try (InputStream in = SpecChecks.class.getClassLoader().getResourceAsStream("schemas/chart-spec.json")) {
            SCHEMA = PlannerCases.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SpecChecks() {}

    static Set<String> enumOf(String... path) {
        JsonNode n = SCHEMA.get("properties");
        for (int i = 0; i < path.length; i++) {
            n = n.get(path[i]);
            if (i < path.length - 1) {
                n = n.has("properties") ? n.get("properties") : n.get("items").get("properties");
            }
        }
        Set<String> out = new HashSet<>();
        n.get("enum").forEach(v -> out.add(v.asText()));
        return out;
    }

    static void assertValid(ChartSpec s, DatasetSchema schema) {
        String where = String.valueOf(s);
        assertThat(enumOf("chart_type")).as(where).contains(s.chartType());
        assertThat(s.x() != null || (s.y() != null && !s.y().isEmpty()) || "kpi".equals(s.chartType()))
                .as("x or y required unless a plain count: " + where)
                .isTrue();
        if (s.aggregation() != null) {
            assertThat(enumOf("aggregation")).as(where).contains(s.aggregation());
        }
        if (s.timeGrain() != null) {
            assertThat(enumOf("time_grain")).as(where).contains(s.timeGrain());
        }
        if (s.sort() != null) {
            assertThat(enumOf("sort", "by")).as(where).contains(s.sort().by());
            assertThat(enumOf("sort", "order")).as(where).contains(s.sort().order());
        }
        if (s.limit() != null) {
            assertThat(s.limit()).as(where).isBetween(1, 10000);
        }
        if (s.bins() != null) {
            assertThat(s.bins()).as(where).isBetween(1, 500);
        }
        for (String c : PlannerCases.columnsUsed(s)) {
            assertThat(schema.column(c))
                    .as("column '" + c + "' exists: " + where)
                    .isPresent();
        }
        if (s.filters() != null) {
            for (ChartSpec.Filter f : s.filters()) {
                assertThat(enumOf("filters", "op")).as(where).contains(f.op());
                assertThat(f.value()).as(where).isNotNull();
                if ("between".equals(f.op())) {
                    assertThat(f.value()).as(where).isInstanceOf(List.class);
                    assertThat((List<?>) f.value()).as(where).hasSize(2);
                }
                if ("in".equals(f.op())) {
                    assertThat(f.value()).as(where).isInstanceOf(List.class);
                }
            }
        }
    }
}
