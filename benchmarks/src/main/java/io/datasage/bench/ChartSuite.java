package io.datasage.bench;

import io.datasage.charts.ArrowDatasets;
import io.datasage.charts.ChartEngine;
import io.datasage.charts.Dataset;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Chart hydration over 1M rows, warm: the chart engine on the Arrow file written by the ingest, against DuckDB's
 * SQL for the same query on a table loaded from the same CSV (target: within 2x, p50 under 50 ms).
 */
final class ChartSuite {

    private static final int WARMUP = 15;
    private static final int RUNS = 40;

    private final Path dataDir;

    ChartSuite(Path dataDir) {
        this.dataDir = dataDir;
    }

    void run() throws Exception {
        Path csv = SalesCsvGenerator.write(dataDir.resolve("sales-1000000.csv"), 1_000_000);
        Path arrow = dataDir.resolve("sales-1000000.arrow");
        if (!Files.exists(arrow)) {
            new Ingestor(IngestOptions.defaults()).ingest(csv, SourceFormat.CSV, arrow, null);
        }
        Report.title(
                "Charts: warm p50 over 1,000,000 rows vs DuckDB SQL (" + RUNS + " runs after " + WARMUP + " warm-up)");
        ChartEngine engine = new ChartEngine();
        try (ArrowDatasets datasets = new ArrowDatasets(1L << 31);
                Dataset data = datasets.open(arrow);
                Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duck.createStatement()) {
            sql.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            sql.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + csv + "')");
            time(
                    engine,
                    data,
                    sql,
                    "group-by + sum (region)",
                    spec("bar", "region", "sales", "sum", null, null, null),
                    "SELECT region, sum(sales) s FROM t WHERE region IS NOT NULL GROUP BY 1 ORDER BY 2 DESC");
            time(
                    engine,
                    data,
                    sql,
                    "time-grain line (sum by month)",
                    spec("line", "order_date", "sales", "sum", "month", null, null),
                    "SELECT date_trunc('month', order_date) m, sum(sales) FROM t WHERE order_date IS NOT NULL GROUP BY 1 ORDER BY 1");
            time(
                    engine,
                    data,
                    sql,
                    "filtered top-10 (customers, West)",
                    spec(
                            "bar",
                            "customer",
                            "profit",
                            "sum",
                            null,
                            10,
                            List.of(new ChartSpec.Filter("region", "=", "West"))),
                    "SELECT customer, sum(profit) p FROM t WHERE region = 'West' AND customer IS NOT NULL"
                            + " GROUP BY 1 ORDER BY 2 DESC LIMIT 10");
            time(
                    engine,
                    data,
                    sql,
                    "histogram (sales, 20 bins)",
                    new ChartSpec("histogram", "sales", null, null, null, null, null, null, null, 20, null, null),
                    "WITH b AS (SELECT min(sales) lo, max(sales) hi FROM t) SELECT least(floor((sales - lo) / ((hi - lo) / 20)), 19) k,"
                            + " count(*) FROM t, b WHERE sales IS NOT NULL GROUP BY 1 ORDER BY 1");
            time(
                    engine,
                    data,
                    sql,
                    "box (profit by segment)",
                    spec("box", "segment", "profit", null, null, null, null),
                    "SELECT segment, quantile_cont(profit, [0.25, 0.5, 0.75]), min(profit), max(profit) FROM t"
                            + " WHERE segment IS NOT NULL GROUP BY 1");
        }
    }

    private static ChartSpec spec(
            String type,
            String x,
            String y,
            String aggregation,
            String grain,
            Integer limit,
            List<ChartSpec.Filter> filters) {
        return new ChartSpec(
                type,
                x,
                y == null ? null : List.of(y),
                null,
                aggregation,
                grain,
                filters,
                null,
                limit,
                null,
                null,
                null);
    }

    private static void time(ChartEngine engine, Dataset data, Statement sql, String name, ChartSpec spec, String query)
            throws Exception {
        double[] ours = new double[RUNS];
        double[] duck = new double[RUNS];
        for (int i = 0; i < WARMUP; i++) {
            engine.render(data, spec);
            fetch(sql, query);
        }
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            engine.render(data, spec);
            ours[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            fetch(sql, query);
            duck[i] = (System.nanoTime() - start) / 1e6;
        }
        double p50 = Stats.median(ours);
        Report.versus(name, "ms", p50, Stats.median(duck), 2.0);
        Report.line(
                "%-34s p95 %.2f ms, p50 under 50 ms: %s", "", Stats.percentile(ours, 95), p50 < 50 ? "met" : "NOT met");
    }

    private static void fetch(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }
}
