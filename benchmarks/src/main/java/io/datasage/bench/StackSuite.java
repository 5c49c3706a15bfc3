package io.datasage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Upload-to-READY latency of a 100K-row CSV through a running stack ({@code ./datasage up}): each run uploads
 * as a new user (so it is never a duplicate) and follows its progress stream until READY, as the web UI does
 * (target: under 1 s).
 */
final class StackSuite {

    private static final int RUNS = 9;
    private static final int WARMUP = 3;

    private final Path dataDir;
    private final String url;

    StackSuite(Path dataDir, String url) {
        this.dataDir = dataDir;
        this.url = url;
    }

    void run() throws Exception {
        Path csv = SalesCsvGenerator.write(dataDir.resolve("sales-100000.csv"), 100_000);
        Report.title("Stack at " + url + ": upload of 100,000 rows ("
                + (csv.toFile().length() >> 20) + " MB) to READY, " + RUNS + " runs after " + WARMUP + " warm-up");
        double[] total = new double[RUNS];
        double[] upload = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            StackClient client = new StackClient(url).freshUser();
            long start = System.nanoTime();
            JsonNode created = client.upload(csv, "sales.csv");
            long uploaded = System.nanoTime();
            String id = created.path("dataset").path("id").asText();
            String status = client.followUntilDone(id, Duration.ofMinutes(2));
            long end = System.nanoTime();
            if (!"READY".equals(status)) {
                JsonNode done = client.get("/api/datasets/" + id);
                throw new IllegalStateException("benchmark upload failed: "
                        + done.path("failure_reason").asText());
            }
            if (i >= 0) {
                total[i] = (end - start) / 1e6;
                upload[i] = (uploaded - start) / 1e6;
            }
        }
        Report.line(
                "%-34s p50 %.0f ms (upload answered after p50 %.0f ms), p95 %.0f ms; under 1 s: %s",
                "upload -> READY",
                Stats.median(total),
                Stats.median(upload),
                Stats.percentile(total, 95),
                Stats.median(total) < 1000 ? "met" : "NOT met");
    }
}
