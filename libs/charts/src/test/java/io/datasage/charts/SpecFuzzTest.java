package io.datasage.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.contracts.chart.ChartSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;

/**
 * Coverage-guided fuzzing of the chart-spec path a request or a model answer takes: JSON text to {@link ChartSpec},
 * validation, planning and rendering over a small dataset. Acceptable outcomes: unreadable JSON (the service's 400),
 * a {@link ChartSpecException} with a message (400 too), or a chart whose figure serialises. Seeds and kept crash
 * inputs: {@code src/test/resources/io/datasage/charts/SpecFuzzTestInputs/spec/}.
 */
class SpecFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = tempDir();
    private static final Charts CHARTS = charts();

    @AfterAll
    static void close() throws Exception {
        CHARTS.close();
    }

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({
        "\"chart_type\"",
        "\"bar\"",
        "\"line\"",
        "\"pie\"",
        "\"scatter\"",
        "\"histogram\"",
        "\"heatmap\"",
        "\"grouped_bar\"",
        "\"stacked_bar\"",
        "\"area\"",
        "\"box\"",
        "\"kpi\"",
        "\"table\"",
        "\"x\"",
        "\"y\"",
        "\"series\"",
        "\"aggregation\"",
        "\"sum\"",
        "\"mean\"",
        "\"count\"",
        "\"median\"",
        "\"count_distinct\"",
        "\"time_grain\"",
        "\"month\"",
        "\"week\"",
        "\"filters\"",
        "\"column\"",
        "\"op\"",
        "\"value\"",
        "\"between\"",
        "\"in\"",
        "\"contains\"",
        "\"sort\"",
        "\"by\"",
        "\"order\"",
        "\"desc\"",
        "\"limit\"",
        "\"bins\"",
        "\"region\"",
        "\"sales\"",
        "\"units\"",
        "\"order_date\"",
        "\"paid\"",
        "\"note\""
    })
    void spec(byte[] body) {
        ChartSpec spec;
        try {
            spec = JSON.readValue(new String(body, StandardCharsets.UTF_8), ChartSpec.class);
        } catch (JsonProcessingException e) {
            return; // the service answers 400 with Jackson's message
        }
        if (spec == null) {
            return;
        }
        try {
            ChartResult result = CHARTS.render(spec);
            assertThat(result.figure()).containsKey("data");
        } catch (ChartSpecException e) {
            assertThat(e.getMessage()).as("the 400 names what is wrong").isNotBlank();
        }
    }

    private static Charts charts() {
        TestTable table = new TestTable()
                .add("region", ColumnType.CATEGORY, "North", "South", null, "East", "North", "West")
                .add("sales", ColumnType.DECIMAL, 120.5, -3.0, 80.0, null, 1e12, 0.0)
                .add("units", ColumnType.INTEGER, 1L, 5L, null, Long.MAX_VALUE, -2L, 0L)
                .add(
                        "order_date",
                        ColumnType.DATE,
                        LocalDate.of(2024, 1, 3),
                        LocalDate.of(1970, 1, 1),
                        null,
                        LocalDate.of(2024, 2, 29),
                        LocalDate.of(9999, 12, 31),
                        LocalDate.of(2023, 12, 31))
                .add("paid", ColumnType.BOOLEAN, true, false, null, true, true, false)
                .add("note", ColumnType.TEXT, "a", "", null, "b,c", "\"q\"", "x");
        try {
            return Charts.of(table, DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("spec-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
