package io.datasage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the benchmark suites and prints their results and ratios: {@code ./datasage bench [suite...]}, where a
 * suite is {@code ingest}, {@code charts}, {@code dashboard}, {@code planner}, {@code vector}, {@code stack} and
 * {@code chat} (these two need a running stack) or {@code all}; {@code load} and {@code e2e} (a running stack too)
 * only when named; {@code scale-run} is one step of {@code ./datasage bench scale}.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        List<String> suites = args.length == 0 ? List.of("ingest", "charts") : Arrays.asList(args);
        Path dataDir =
                Files.createDirectories(Path.of(System.getProperty("bench.data", "benchmarks/target/bench-data")));
        String url = System.getProperty("bench.url", "http://localhost:8080");
        boolean all = suites.contains("all");
        System.out.printf(
                "DataSage benchmarks on %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        if (all || suites.contains("ingest")) {
            new IngestSuite(dataDir, Integer.getInteger("bench.runs", 5)).run();
        }
        if (all || suites.contains("charts")) {
            new ChartSuite(dataDir).run();
        }
        if (all || suites.contains("dashboard")) {
            new DashboardSuite(dataDir).run();
        }
        if (all || suites.contains("planner")) {
            Report.title("Planner accuracy: chart type + exact columns over the suite of libs/ai (offline, no LLM)");
            System.out.print(
                    io.datasage.ai.planner.PlannerAccuracyReport.compute().text());
        }
        if (all || suites.contains("vector")) {
            new VectorSuite(dataDir).run();
        }
        if (all || suites.contains("stack")) {
            new StackSuite(dataDir, url).run();
        }
        if (all || suites.contains("chat")) {
            new ChatSuite(dataDir, url).run();
        }
        if (suites.contains("load")) {
            // Never part of "all": it loads the stack for minutes.
            new LoadSuite(dataDir, url).run();
        }
        if (suites.contains("e2e")) {
            // Never part of "all": it wants a freshly started stack (its first request is one of its figures).
            new E2eSuite(
                            dataDir,
                            url,
                            Path.of(System.getProperty(
                                    "bench.run", dataDir.resolve("../run").toString())))
                    .run();
        }
        // Started by ./datasage bench scale once per worker count, against a stack it started itself.
        if (suites.contains("scale-run")) {
            new ScaleSuite(dataDir, url, Integer.getInteger("bench.workers", 1)).run();
        }
    }
}
