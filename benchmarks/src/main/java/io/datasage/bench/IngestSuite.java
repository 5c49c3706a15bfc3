package io.datasage.bench;

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

/**
 * CSV to Arrow + full profile with libs/ingest, against DuckDB's {@code read_csv} + {@code SUMMARIZE} on the same
 * file in the same JVM, runs alternated so that both see the same machine load (target: within 2x).
 */
final class IngestSuite {

    private final Path dataDir;
    private final int runs;

    IngestSuite(Path dataDir, int runs) {
        this.dataDir = dataDir;
        this.runs = runs;
    }

    void run() throws Exception {
        Report.title("Ingest: CSV -> Arrow + profile vs DuckDB read_csv + SUMMARIZE (12 mixed columns, median of "
                + runs + " runs)");
        for (int rows : new int[] {100_000, 1_000_000}) {
            Path csv = SalesCsvGenerator.write(dataDir.resolve("sales-" + rows + ".csv"), rows);
            measure(csv, rows);
        }
    }

    private void measure(Path csv, int rows) throws Exception {
        Path out = Files.createTempDirectory(dataDir, "ingest-");
        SourceFormat format = FormatSniffer.sniff(csv, csv.getFileName().toString());
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        double[] ours = new double[runs];
        double[] duck = new double[runs];
        long peak = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            duckDb(statement, csv);
            ingestor.ingest(csv, format, out.resolve("data.arrow"), null);
            for (int i = 0; i < runs; i++) {
                duck[i] = duckDb(statement, csv);
                resetPeaks();
                long start = System.nanoTime();
                IngestResult result = ingestor.ingest(csv, format, out.resolve("data.arrow"), null);
                ours[i] = (System.nanoTime() - start) / 1e9;
                peak = Math.max(peak, peakHeap());
                if (result.profile().rows() != rows) {
                    throw new IllegalStateException(
                            "ingested " + result.profile().rows() + " rows, expected " + rows);
                }
            }
        } finally {
            Files.deleteIfExists(out.resolve("data.arrow"));
            Files.deleteIfExists(out);
        }
        double median = Stats.median(ours);
        Report.versus(
                String.format("%,d rows (%d MB)", rows, Files.size(csv) >> 20), "s", median, Stats.median(duck), 2.0);
        Report.line(
                "%-34s %,.0f rows/s, peak heap %,d MB (max heap %,d MB)",
                "", rows / median, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
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
