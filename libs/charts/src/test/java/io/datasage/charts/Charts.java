package io.datasage.charts;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.contracts.chart.ChartSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test helper: a small dataset written as Arrow and opened, rendered with specs written as JSON. */
final class Charts implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Dataset data;
    private final ChartEngine engine;

    private Charts(Dataset data, ChartEngine engine) {
        this.data = data;
        this.engine = engine;
    }

    static Charts of(TestTable table, Path dir) throws IOException {
        return of(table, dir, ChartOptions.defaults(), 3);
    }

    /** Writes {@code table} in batches of {@code batchSize} rows, so tests cross batch boundaries. */
    static Charts of(TestTable table, Path dir, ChartOptions options, int batchSize) throws IOException {
        Path file = table.writeArrow(dir.resolve("t" + System.nanoTime() + ".arrow"), batchSize);
        return new Charts(ArrowDatasets.openUncached(file), new ChartEngine(options));
    }

    /** Renders a spec written as chart-spec JSON (single quotes allowed for readability). */
    ChartResult render(String json) throws ChartSpecException {
        return render(spec(json));
    }

    /** Renders a spec and checks that the figure and rows serialise as JSON. */
    ChartResult render(ChartSpec spec) throws ChartSpecException {
        ChartResult result = engine.render(data, spec);
        try {
            JSON.writeValueAsString(result.figure());
            JSON.writeValueAsString(result.rows());
        } catch (IOException e) {
            throw new AssertionError("figure is not JSON-serialisable", e);
        }
        return result;
    }

    static ChartSpec spec(String json) {
        try {
            return JSON.readValue(json.replace('\'', '"'), ChartSpec.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    Dataset data() {
        return data;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> traces(ChartResult result) {
        return (List<Map<String, Object>>) result.figure().get("data");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> layout(ChartResult result) {
        return (Map<String, Object>) result.figure().get("layout");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @Override
    public void close() {
        data.close();
    }
}
