package io.datasage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.charts.ArrowDatasets;
import io.datasage.charts.ChartEngine;
import io.datasage.charts.ChartSpecException;
import io.datasage.charts.Dataset;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.dashboard.design.ComponentPlan;
import io.datasage.dashboard.design.DashboardDesign;
import io.datasage.dashboard.design.DashboardDesigner;
import io.datasage.dashboard.design.RenderedGroupProbe;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One-click dashboard over 1M rows: the designer (with its main-breakdown group-bys) plus rendering every tile,
 * cold (a freshly opened Arrow file and a fresh engine) and warm (median of later runs), against DuckDB running the
 * same queries (the designer's group-bys and each tile's aggregate) on a table loaded from the same CSV.
 */
final class DashboardSuite {

    private static final int WARM_RUNS = 10;

    private final Path dataDir;

    DashboardSuite(Path dataDir) {
        this.dataDir = dataDir;
    }

    @SuppressWarnings("unchecked")
    void run() throws Exception {
        Path csv = SalesCsvGenerator.write(dataDir.resolve("sales-1000000.csv"), 1_000_000);
        Path arrow = dataDir.resolve("dashboard-1000000.arrow");
        IngestResult ingest = new Ingestor(IngestOptions.defaults()).ingest(csv, SourceFormat.CSV, arrow, null);
        Map<String, Object> profile = new ObjectMapper().convertValue(ingest.profile(), Map.class);
        Report.title("Dashboard: design + render every tile over 1,000,000 rows vs DuckDB running the same queries");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duck.createStatement()) {
            sql.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            sql.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + csv + "')");
            List<String> queries = new ArrayList<>();
            double cold;
            DashboardDesign design;
            try (ArrowDatasets files = new ArrowDatasets(1L << 31)) {
                long start = System.nanoTime();
                design = designAndRender(files, arrow, profile, queries);
                cold = (System.nanoTime() - start) / 1e6;
            }
            long start = System.nanoTime();
            runAll(sql, queries);
            double duckCold = (System.nanoTime() - start) / 1e6;
            Report.versus("cold: open + design + " + design.components().size() + " tiles", "ms", cold, duckCold, 2.0);

            double[] ours = new double[WARM_RUNS];
            double[] theirs = new double[WARM_RUNS];
            try (ArrowDatasets files = new ArrowDatasets(1L << 31)) {
                designAndRender(files, arrow, profile, new ArrayList<>());
                for (int i = 0; i < WARM_RUNS; i++) {
                    start = System.nanoTime();
                    designAndRender(files, arrow, profile, new ArrayList<>());
                    ours[i] = (System.nanoTime() - start) / 1e6;
                    start = System.nanoTime();
                    runAll(sql, queries);
                    theirs[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Report.versus("warm p50: design + tiles", "ms", Stats.median(ours), Stats.median(theirs), 2.0);
            Report.line(
                    "%-34s %d DuckDB queries per dashboard; main breakdown: %s",
                    "", queries.size(), design.explanation());
        }
    }

    /** Designs and renders every tile; collects the SQL DuckDB runs for the same work. */
    private static DashboardDesign designAndRender(
            ArrowDatasets files, Path arrow, Map<String, Object> profile, List<String> queries)
            throws ChartSpecException {
        ChartEngine engine = new ChartEngine();
        try (Dataset data = files.open(arrow)) {
            RenderedGroupProbe probe = new RenderedGroupProbe(spec -> {
                queries.add(SpecSql.of(spec));
                try {
                    return engine.render(data, spec).rows();
                } catch (ChartSpecException e) {
                    // As in dashboard-service: a grouping the engine refuses is not a candidate.
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            });
            DashboardDesign design = new DashboardDesigner().design("Sales", profile, List.of("sales"), probe);
            for (ComponentPlan c : design.components()) {
                ChartSpec spec = c.display() != null && c.display().clipAbove() != null
                        ? SpecSql.clipped(c.spec(), c.display().clipAbove())
                        : c.spec();
                engine.render(data, spec);
                queries.add(SpecSql.of(spec));
            }
            return design;
        }
    }

    private static void runAll(Statement sql, List<String> queries) throws Exception {
        for (String q : queries) {
            try (ResultSet rs = sql.executeQuery(q)) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }
}
