package io.datasage.charts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.datasage.contracts.chart.ChartSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property test: seeded random datasets and random specs of every chart type, aggregation, time grain, filter
 * op, sort, limit and series; every number the engine returns is compared with DuckDB running the equivalent SQL
 * on the same data. A failure prints the case seed, the spec and the resolved spec; re-run one case with
 * {@code -Dcharts.case=<seed>}.
 */
class EngineVsDuckDbTest {

    private static final int CASES_PER_TYPE = 25;
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final List<Fixture> FIXTURES = new ArrayList<>();
    private static Connection duck;
    private static Path dir;

    /** One dataset, opened both ways, with the engine options it is checked under. */
    private record Fixture(long seed, TestTable table, Dataset data, SqlOracle oracle, ChartEngine engine) {}

    @BeforeAll
    static void load() throws Exception {
        dir = Files.createTempDirectory("charts-property");
        duck = DriverManager.getConnection("jdbc:duckdb:");
        ChartOptions[] options = {
            ChartOptions.defaults(),
            ChartOptions.defaults()
                    .withScatterMaxPoints(400)
                    .withMaxRowsReturned(60)
                    .withPieMaxSlices(5)
                    .withMaxSeries(4),
            ChartOptions.defaults().withMaxGroups(40).withMaxOutliers(5),
        };
        int[] rows = {3000, 4500, 1800};
        int[] batches = {1024, 777, 5000};
        for (int i = 0; i < options.length; i++) {
            long seed = 1000L * (i + 1);
            TestTable table = RandomData.generate(seed, rows[i]);
            Path file = table.writeArrow(dir.resolve("data" + i + ".arrow"), batches[i]);
            table.loadDuckDb(duck, "t" + i);
            FIXTURES.add(new Fixture(
                    seed,
                    table,
                    ArrowDatasets.openUncached(file),
                    new SqlOracle(duck, "t" + i, table),
                    new ChartEngine(options[i])));
        }
    }

    @AfterAll
    static void close() throws Exception {
        for (Fixture fixture : FIXTURES) {
            fixture.data().close();
        }
        duck.close();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(file -> file.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }

    @TestFactory
    Stream<DynamicTest> engineAgreesWithDuckDb() {
        String only = System.getProperty("charts.case");
        List<DynamicTest> tests = new ArrayList<>();
        for (Fixture fixture : FIXTURES) {
            for (int t = 0; t < RandomSpecs.TYPES.length; t++) {
                String type = RandomSpecs.TYPES[t];
                for (int i = 0; i < CASES_PER_TYPE; i++) {
                    long seed = fixture.seed() + 100L * t + i;
                    if (only != null && !only.equals(Long.toString(seed))) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(type + " #" + seed, () -> check(fixture, seed, type)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Fixture fixture, long seed, String type) throws Exception {
        ChartSpec spec = new RandomSpecs(fixture.table(), seed).next(type);
        String context = "case " + seed + " spec " + JSON.writeValueAsString(spec);
        ChartResult result;
        try {
            result = fixture.engine().render(fixture.data(), spec);
        } catch (ChartSpecException e) {
            throw new AssertionError("spec rejected: " + e.getMessage() + "\n  " + context, e);
        }
        context += "\n  resolved " + JSON.writeValueAsString(result.spec()) + "\n  rows "
                + result.rows().stream().limit(5).toList();
        String figure = JSON.writeValueAsString(result.figure());
        JSON.writeValueAsString(result.rows());
        if (figure.contains("NaN") || figure.contains("Infinity")) {
            throw new AssertionError("figure holds a non-finite number\n  " + context);
        }
        if (result.summary() == null || result.summary().isBlank()) {
            throw new AssertionError("no summary\n  " + context);
        }
        new ResultChecks(fixture.oracle(), result, fixture.engine().options(), context).run();
    }
}
