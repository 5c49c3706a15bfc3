package io.datasage.ingest.bench;

import io.datasage.ingest.FormatSniffer;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the ingest of one CSV against DuckDB's {@code read_csv} + {@code SUMMARIZE} on the same file in the same
 * JVM, alternating runs so both see the same machine load (not a test; the benchmark module owns the real numbers):
 * {@code java -Xmx1g --add-opens=java.base/java.nio=ALL-UNNAMED -cp <test classpath>
 * io.datasage.ingest.bench.IngestBenchmark [file.csv] [rows] [runs]}. A missing file is generated.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "bench-1m.csv");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (!Files.exists(file)) {
            MixedCsvGenerator.write(file, rows);
        }
        Path out = Files.createTempDirectory("ingest-bench");
        SourceFormat format = FormatSniffer.sniff(file, file.getFileName().toString());
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        double[] ours = new double[runs];
        double[] duck = new double[runs];
        long peak = 0;
        long ingested = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            for (int warmup = 0; warmup < 2; warmup++) {
                duckDb(statement, file);
                ingestor.ingest(file, format, out.resolve("data.arrow"), null);
            }
            for (int i = 0; i < runs; i++) {
                duck[i] = duckDb(statement, file);
                resetPeaks();
                long start = System.nanoTime();
                IngestResult result = ingestor.ingest(file, format, out.resolve("data.arrow"), null);
                ours[i] = (System.nanoTime() - start) / 1e9;
                peak = Math.max(peak, peakHeap());
                ingested = result.profile().rows();
                System.out.printf(Locale.ROOT, "run %d: ingest %.2f s, duckdb %.2f s%n", i + 1, ours[i], duck[i]);
            }
        }
        double medianOurs = median(ours);
        double medianDuck = median(duck);
        System.out.printf(
                Locale.ROOT,
                "median: ingest %.2f s (%,.0f rows/s, peak heap %,d MB), duckdb read_csv + SUMMARIZE %.2f s,"
                        + " ratio %.2f%n",
                medianOurs,
                ingested / medianOurs,
                peak >> 20,
                medianDuck,
                medianOurs / medianDuck);
    }

    private static double duckDb(Statement statement, Path file) throws Exception {
        long start = System.nanoTime();
        statement.execute("CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('" + file + "')");
        try (ResultSet summary = statement.executeQuery("SUMMARIZE t")) {
            while (summary.next()) {
                summary.getString(1);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
