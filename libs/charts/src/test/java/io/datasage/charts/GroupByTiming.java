package io.datasage.charts;

import io.datasage.contracts.chart.ChartSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Prints warm p50 timings of the engine and of DuckDB for the same queries over a generated 1M-row dataset.
 * A measurement aid, not a test (the benchmark module owns performance): run it as a plain main from the test
 * classpath, e.g. {@code java --add-opens=java.base/java.nio=ALL-UNNAMED -cp ... io.datasage.charts.GroupByTiming}.
 */
public final class GroupByTiming {

    private GroupByTiming() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("charts-timing");
        TestTable table = generate(rows, 7);
        Path file = table.writeArrow(dir.resolve("data.arrow"), 65_536);
        ChartEngine engine = new ChartEngine();
        try (ArrowDatasets datasets = new ArrowDatasets(1L << 31);
                Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            table.loadDuckDb(duck, "t");
            Dataset data = datasets.open(file);
            time(engine, data, duck, "group-by sum (category)",
                    spec("bar", "region", "sales", "sum", null, null),
                    "SELECT region, sum(sales) FROM t WHERE region IS NOT NULL GROUP BY 1 ORDER BY 2 DESC");
            time(engine, data, duck, "group-by mean (text, 10k keys)",
                    spec("bar", "customer", "sales", "mean", null, null),
                    "SELECT customer, avg(sales) FROM t WHERE customer IS NOT NULL GROUP BY 1 ORDER BY 2 DESC");
            time(engine, data, duck, "time-grain line (month)",
                    spec("line", "order date", "sales", "sum", "month", null),
                    "SELECT date_trunc('month', \"order date\"), sum(sales) FROM t WHERE \"order date\" IS NOT NULL GROUP BY 1 ORDER BY 1");
            time(engine, data, duck, "filtered top-10",
                    new ChartSpec("bar", "customer", List.of("sales"), null, "sum", null,
                            List.of(new ChartSpec.Filter("region", "=", "West")), null, 10, null, null, null),
                    "SELECT customer, sum(sales) s FROM t WHERE region = 'West' AND customer IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 10");
            time(engine, data, duck, "histogram (auto bins)",
                    spec("histogram", "sales", null, null, null, null),
                    "SELECT floor(sales / 50), count(*) FROM t WHERE sales IS NOT NULL GROUP BY 1");
            time(engine, data, duck, "box by segment",
                    new ChartSpec("box", "segment", List.of("sales"), null, null, null, null, null, null, null, null, null),
                    "SELECT segment, quantile_cont(sales, [0.25, 0.5, 0.75]) FROM t WHERE segment IS NOT NULL GROUP BY 1");
            data.close();
        }
    }

    static ChartSpec spec(String type, String x, String y, String aggregation, String grain, Integer limit) {
        return new ChartSpec(type, x, y == null ? null : List.of(y), null, aggregation, grain, null, null, limit, null,
                null, null);
    }

    private static void time(ChartEngine engine, Dataset data, Connection duck, String name, ChartSpec spec, String sql)
            throws Exception {
        double[] ours = new double[30];
        double[] theirs = new double[30];
        for (int warm = 0; warm < 20; warm++) {
            engine.render(data, spec);
            query(duck, sql);
        }
        for (int i = 0; i < ours.length; i++) {
            long start = System.nanoTime();
            engine.render(data, spec);
            ours[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            query(duck, sql);
            theirs[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(Locale.US, "%-32s engine p50 %7.2f ms   duckdb p50 %7.2f ms   ratio %.2f%n", name,
                median(ours), median(theirs), median(ours) / median(theirs));
    }

    private static void query(Connection duck, String sql) throws Exception {
        try (Statement statement = duck.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    /** A sales-like table: region and segment categories, customer text, sales, quantity, order date. */
    static TestTable generate(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] regions = {"West", "East", "Central", "South", "North", "Pacific", "Mountain", "Atlantic"};
        String[] segments = {"Consumer", "Corporate", "Home Office"};
        List<Object> region = new ArrayList<>(rows);
        List<Object> segment = new ArrayList<>(rows);
        List<Object> customer = new ArrayList<>(rows);
        List<Object> sales = new ArrayList<>(rows);
        List<Object> quantity = new ArrayList<>(rows);
        List<Object> date = new ArrayList<>(rows);
        LocalDate start = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < rows; i++) {
            region.add(random.nextInt(100) == 0 ? null : regions[random.nextInt(regions.length)]);
            segment.add(segments[random.nextInt(segments.length)]);
            customer.add(random.nextInt(200) == 0 ? null : "Customer " + random.nextInt(10_000));
            sales.add(random.nextInt(50) == 0 ? null : Math.round(random.nextDouble() * 500_000) / 100.0);
            quantity.add((long) random.nextInt(1, 20));
            date.add(start.plusDays(random.nextInt(4 * 365)));
        }
        return new TestTable()
                .add("region", ColumnType.CATEGORY, null, region)
                .add("segment", ColumnType.CATEGORY, null, segment)
                .add("customer", ColumnType.TEXT, null, customer)
                .add("sales", ColumnType.DECIMAL, "$", sales)
                .add("quantity", ColumnType.INTEGER, null, quantity)
                .add("order date", ColumnType.DATE, null, date);
    }
}
