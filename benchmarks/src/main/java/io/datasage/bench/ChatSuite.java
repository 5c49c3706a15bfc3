package io.datasage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Chat through the gateway of a running stack on a 100K-row dataset: the whole round trip of a question (auth,
 * dataset lookup, planner, chart over the Arrow file, conversation write) as a user sees it (target: p50
 * under 150 ms with the offline planner).
 */
final class ChatSuite {

    private static final int WARMUP = 10;
    private static final int RUNS = 60;
    static final String[] QUESTIONS = {
        "total sales by region", "monthly sales trend", "top 10 customers by profit", "average discount by segment",
        "distribution of unit price", "profit vs sales", "share of sales by category", "how many orders in 2023?",
        "sales by region and segment", "what is the average profit?"
    };

    private final Path dataDir;
    private final String url;

    ChatSuite(Path dataDir, String url) {
        this.dataDir = dataDir;
        this.url = url;
    }

    void run() throws Exception {
        Path csv = SalesCsvGenerator.write(dataDir.resolve("sales-100000.csv"), 100_000);
        StackClient client = new StackClient(url).freshUser();
        String id = client.upload(csv, "sales.csv").path("dataset").path("id").asText();
        client.awaitDone(id, Duration.ofMinutes(2), Duration.ofMillis(100));
        Report.title("Chat at " + url + ": questions on 100,000 rows through the gateway (" + RUNS + " after " + WARMUP
                + " warm-up)");
        double[] times = new double[RUNS];
        String source = "";
        for (int i = -WARMUP; i < RUNS; i++) {
            String question = QUESTIONS[Math.floorMod(i, QUESTIONS.length)];
            long start = System.nanoTime();
            JsonNode reply = StackClient.json(client.postJson("/api/chat/" + id, Map.of("message", question)), 200);
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            source = reply.path("source").asText();
        }
        double p50 = Stats.median(times);
        Report.line(
                "%-34s p50 %.1f ms, p95 %.1f ms (source %s); p50 under 150 ms: %s",
                "question -> answer with chart",
                p50,
                Stats.percentile(times, 95),
                source,
                p50 < 150 ? "met" : "NOT met");
    }
}
