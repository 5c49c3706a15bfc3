package io.datasage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Datasets per minute through a running stack with a given number of analysis-worker instances: the same batch
 * of files is uploaded at once (each by a fresh user, so none is a duplicate) and timed until every one is READY.
 * {@code ./datasage bench scale} runs it against stacks with 1, 2 and 3 workers.
 */
final class ScaleSuite {

    static final int FILES = 24;
    static final int ROWS = 30_000;

    private final Path dataDir;
    private final String url;
    private final int workers;

    ScaleSuite(Path dataDir, String url, int workers) {
        this.dataDir = dataDir;
        this.url = url;
        this.workers = workers;
    }

    void run() throws Exception {
        Path csv = SalesCsvGenerator.write(dataDir.resolve("sales-" + ROWS + ".csv"), ROWS);
        List<StackClient> users = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            users.add(new StackClient(url).freshUser());
        }
        ExecutorService uploads = Executors.newFixedThreadPool(4);
        try {
            long start = System.nanoTime();
            List<Future<String>> ids = new ArrayList<>();
            for (StackClient user : users) {
                ids.add(uploads.submit(() ->
                        user.upload(csv, "sales.csv").path("dataset").path("id").asText()));
            }
            for (int i = 0; i < FILES; i++) {
                JsonNode done =
                        users.get(i).awaitDone(ids.get(i).get(), Duration.ofMinutes(10), Duration.ofMillis(100));
                if (!"READY".equals(done.path("status").asText())) {
                    throw new IllegalStateException(
                            "upload failed: " + done.path("failure_reason").asText());
                }
            }
            double minutes = (System.nanoTime() - start) / 60e9;
            Report.line(
                    "%d worker%s: %d datasets of %,d rows READY in %.1f s: %.1f datasets per minute on %d cores",
                    workers,
                    workers == 1 ? " " : "s",
                    FILES,
                    ROWS,
                    minutes * 60,
                    FILES / minutes,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            uploads.shutdownNow();
        }
    }
}
