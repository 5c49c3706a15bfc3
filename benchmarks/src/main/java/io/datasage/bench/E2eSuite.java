package io.datasage.bench;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What users wait for, measured through the gateway of a running stack ({@code ./datasage up}) with DuckDB doing
 * the same work in this JVM, alternated run by run so that both sides see the same machine load: upload to READY
 * (1M and 100K rows), a group-by render (cache miss and hit), the engine alone, chat with the planner, the first
 * request against the tenth, and each service's resident memory. Run right after {@code ./datasage up} for the
 * first-request row to mean "first request after start".
 */
final class E2eSuite {

    private static final int BIG = 1_000_000;
    private static final int SMALL = 100_000;
    private static final int FIRST = 10;
    /**
     * Ten questions asked once each, none of them in {@link ChatSuite#QUESTIONS}, for the first-vs-tenth row: asking
     * one question ten times compared a new question with nine that chat-service's recent charts answered.
     */
    private static final String[] NEW_QUESTIONS = {
        "total profit by category",
        "average sales by region",
        "quantity by segment",
        "weekly profit trend",
        "top 5 customers by sales",
        "distribution of discount",
        "number of orders by region",
        "median unit price by category",
        "sales vs quantity",
        "total quantity in 2024"
    };

    private static final String GROUP_BY =
            "SELECT region, sum(sales) s FROM t WHERE region IS NOT NULL GROUP BY 1 ORDER BY 2 DESC";

    private final Path dataDir;
    private final String url;
    private final StackProcesses processes;
    private final int bigRuns = Integer.getInteger("bench.e2e.uploads", 5);
    private final int renders = Integer.getInteger("bench.e2e.renders", 60);
    private final int questions = Integer.getInteger("bench.e2e.questions", 60);

    E2eSuite(Path dataDir, String url, Path runDir) {
        this.dataDir = dataDir;
        this.url = url;
        this.processes = new StackProcesses(runDir);
    }

    void run() throws Exception {
        Path small = SalesCsvGenerator.write(dataDir.resolve("sales-" + SMALL + ".csv"), SMALL);
        Path big = SalesCsvGenerator.write(dataDir.resolve("sales-" + BIG + ".csv"), BIG);
        // The engine row reads an Arrow file of the same rows, made here before anything is timed: ingested
        // between the render and chat rows, its 1M rows took both cores just before the stack's chat was timed.
        Path arrow = arrowOf(big);
        Report.title("End to end through " + url + ": 1,000,000 rows x 12 columns (" + (Files.size(big) >> 20)
                + " MB CSV), DuckDB " + duckVersion() + " in this JVM; load average " + StackProcesses.loadAverage());
        E2eTable table = new E2eTable();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement duck = connection.createStatement()) {
            duck.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            ClientWarmup.flush(small, big, arrow);
            ClientWarmup.warm(small, FIRST);
            UploadRuns firstUploads = uploads(small, FIRST, null);
            UploadRuns bigUploads = uploads(big, bigRuns, duck);
            table.versus(
                    "upload -> READY, 1M rows",
                    bigUploads.total,
                    bigUploads.duck,
                    "ms",
                    "read_csv + SUMMARIZE",
                    "<= 1.2x");
            table.ours("  of which the upload request", bigUploads.upload, "ms", "");
            table.ours("  of which the worker (analysis_ms)", bigUploads.worker, "ms", "");
            table.ours(
                    "upload -> READY, 100K rows (after 3)",
                    java.util.Arrays.copyOfRange(firstUploads.total, 3, FIRST),
                    "ms",
                    "< 500 ms");
            StackClient client = bigUploads.lastClient;
            String id = bigUploads.lastId;
            duck.execute("CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('" + big + "')");
            double[] firstRenders = renders(client, id, FIRST, true, null, null);
            double[] duckGroupBy = new double[renders];
            double[] misses = renders(client, id, renders, true, duck, duckGroupBy);
            table.versus("render group-by, cache miss", misses, duckGroupBy, "ms", "same GROUP BY", "<= 1.0x");
            double[] hits = renders(client, id, renders, false, null, null);
            table.ours("render group-by, cache hit", hits, "ms", "< 3 ms");
            double[] engine = new double[renders];
            double[] duckAgain = new double[renders];
            engine(arrow, duck, engine, duckAgain);
            table.versus("the engine's own group-by (in-process)", engine, duckAgain, "ms", "same GROUP BY", "");
            double[] firstQuestions = chat(client, id, NEW_QUESTIONS);
            String[] repeated = new String[questions];
            for (int i = 0; i < questions; i++) {
                repeated[i] = ChatSuite.QUESTIONS[i % ChatSuite.QUESTIONS.length];
            }
            double[] answers = chat(client, id, repeated);
            table.ours("chat, planner, 1M rows", answers, "ms", "< 25 ms");
            // chat-service keeps recent charts: the row above repeats ten questions, so also show the ten asked for
            // the first time.
            table.ours(
                    "  of which a question asked the first time",
                    java.util.Arrays.copyOfRange(answers, 0, Math.min(answers.length, ChatSuite.QUESTIONS.length)),
                    "ms",
                    "");
            table.note(
                    "first vs tenth request after start",
                    firstVsTenth("upload 100K", firstUploads.total)
                            + "; " + firstVsTenth("render", firstRenders)
                            + "; " + firstVsTenth("chat", firstQuestions) + " (goal <= 2x)");
            // Where the first upload's extra time goes: the request (gateway, dataset-service, the stored file) or
            // the worker's analysis; the rest is the hops between them (Kafka, status updates).
            table.note(
                    "  of which, upload 100K",
                    firstVsTenth("request", firstUploads.upload) + "; " + firstVsTenth("worker", firstUploads.worker));
            client.delete("/api/datasets/" + id);
        }
        table.note("idle RSS (MB)", processes.residentMb().toString() + " (goal vector < 256)");
        table.print();
        Report.line("load average at the end: %s", StackProcesses.loadAverage());
    }

    /** Timings of uploads to READY, and of DuckDB's read_csv + SUMMARIZE between them when {@code duck} is given. */
    private static final class UploadRuns {
        double[] total;
        double[] upload;
        double[] worker;
        double[] duck;
        StackClient lastClient;
        String lastId;
    }

    private UploadRuns uploads(Path csv, int runs, Statement duck) throws Exception {
        UploadRuns r = new UploadRuns();
        r.total = new double[runs];
        r.upload = new double[runs];
        r.worker = new double[runs];
        r.duck = new double[runs];
        for (int i = 0; i < runs; i++) {
            if (duck != null) {
                r.duck[i] = summarize(duck, csv);
            }
            StackClient client = new StackClient(url).freshUser();
            long start = System.nanoTime();
            JsonNode created = client.upload(csv, csv.getFileName().toString());
            long uploaded = System.nanoTime();
            String id = created.path("dataset").path("id").asText();
            String status = client.followUntilDone(id, Duration.ofMinutes(5));
            long end = System.nanoTime();
            JsonNode done = client.get("/api/datasets/" + id);
            if (!"READY".equals(status)) {
                throw new IllegalStateException(
                        "upload failed: " + done.path("failure_reason").asText());
            }
            r.total[i] = (end - start) / 1e6;
            r.upload[i] = (uploaded - start) / 1e6;
            r.worker[i] = done.path("analysis_ms").asDouble(Double.NaN);
            if (i < runs - 1 || duck == null) {
                client.delete("/api/datasets/" + id);
            } else {
                r.lastClient = client;
                r.lastId = id;
            }
        }
        return r;
    }

    private static double summarize(Statement duck, Path csv) throws Exception {
        long start = System.nanoTime();
        duck.execute("CREATE OR REPLACE TABLE s AS SELECT * FROM read_csv('" + csv + "')");
        fetch(duck, "SUMMARIZE s");
        double ms = (System.nanoTime() - start) / 1e6;
        duck.execute("DROP TABLE s");
        return ms;
    }

    /**
     * Renders sum(sales) by region; a miss changes only the title (a new cache key, the same work), a hit repeats
     * one spec. DuckDB's GROUP BY runs between requests when {@code duck} is given.
     */
    private static double[] renders(
            StackClient client, String id, int runs, boolean miss, Statement duck, double[] duckTimes)
            throws Exception {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        if (!miss) {
            render(client, id, "sales by region " + nonce);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            JsonNode chart = render(client, id, "sales by region " + nonce + (miss ? " " + i : ""));
            times[i] = (System.nanoTime() - start) / 1e6;
            if (chart.path("cached").asBoolean() == miss) {
                throw new IllegalStateException("render " + i + " was " + (miss ? "a cache hit" : "a cache miss"));
            }
            if (duck != null) {
                start = System.nanoTime();
                fetch(duck, GROUP_BY);
                duckTimes[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
    }

    private static JsonNode render(StackClient client, String id, String title) throws Exception {
        Map<String, Object> spec =
                Map.of("chart_type", "bar", "x", "region", "y", List.of("sales"), "aggregation", "sum", "title", title);
        return StackClient.json(client.postJson("/api/charts", Map.of("dataset_id", id, "spec", spec)), 200);
    }

    /** The Arrow file of {@code csv} for the engine row, ingested in this JVM when it is not there yet. */
    private Path arrowOf(Path csv) throws Exception {
        Path arrow = dataDir.resolve("sales-" + BIG + ".arrow");
        if (!Files.exists(arrow)) {
            new Ingestor(IngestOptions.defaults()).ingest(csv, SourceFormat.CSV, arrow, null);
        }
        return arrow;
    }

    /** The chart engine alone on the Arrow file of the same CSV, alternated with DuckDB's GROUP BY. */
    private void engine(Path arrow, Statement duck, double[] ours, double[] theirs) throws Exception {
        ChartSpec spec =
                new ChartSpec("bar", "region", List.of("sales"), null, "sum", null, null, null, null, null, null, null);
        ChartEngine engine = new ChartEngine();
        try (ArrowDatasets datasets = new ArrowDatasets(1L << 31);
                Dataset data = datasets.open(arrow)) {
            for (int i = -10; i < ours.length; i++) {
                long start = System.nanoTime();
                engine.render(data, spec);
                double ms = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                fetch(duck, GROUP_BY);
                if (i >= 0) {
                    ours[i] = ms;
                    theirs[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
    }

    /** Asks the questions in order, one request each, and returns each one's time at the client. */
    private static double[] chat(StackClient client, String id, String[] questions) throws Exception {
        double[] times = new double[questions.length];
        for (int i = 0; i < questions.length; i++) {
            long start = System.nanoTime();
            JsonNode reply = StackClient.json(client.postJson("/api/chat/" + id, Map.of("message", questions[i])), 200);
            times[i] = (System.nanoTime() - start) / 1e6;
            if (reply.path("chart").isMissingNode() || reply.path("chart").isNull()) {
                throw new IllegalStateException("no chart for '" + questions[i] + "': " + reply.path("response_text"));
            }
        }
        return times;
    }

    private static String firstVsTenth(String what, double[] times) {
        return String.format(
                java.util.Locale.ROOT,
                "%s %s vs %s = %.1fx",
                what,
                E2eTable.format(times[0], "ms"),
                E2eTable.format(times[FIRST - 1], "ms"),
                times[0] / times[FIRST - 1]);
    }

    private static String duckVersion() {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version()")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (Exception e) {
            return "";
        }
    }

    private static void fetch(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }
}
