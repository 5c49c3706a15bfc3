package io.datasage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./datasage eval --in questions.jsonl --out answers.jsonl [--url http://localhost:8080]}: asks every line's
 * questions in one new conversation against a running stack and writes the last turn's answer, one line out for
 * every line in, even when something fails.
 */
public final class EvalMain {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (!options.containsKey("in") || !options.containsKey("out")) {
            System.err.println(
                    "usage: ./datasage eval --in questions.jsonl --out answers.jsonl [--url http://localhost:8080]");
            System.exit(2);
        }
        Path in = Path.of(options.get("in")).toAbsolutePath();
        Path out = Path.of(options.get("out")).toAbsolutePath();
        String url = options.getOrDefault("url", System.getProperty("bench.url", "http://localhost:8080"));
        StackClient client = new StackClient(url)
                .login(
                        System.getenv().getOrDefault("DATASAGE_EVAL_EMAIL", "eval@datasage.local"),
                        System.getenv().getOrDefault("DATASAGE_EVAL_PASSWORD", "eval-password-2026"));
        Map<Path, String> datasets = new HashMap<>();
        Map<Path, String> datasetErrors = new HashMap<>();
        int lines = 0;
        int failures = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode answer = answer(client, line, in.getParent(), datasets, datasetErrors);
                failures += answer.get("error").isNull() ? 0 : 1;
                writer.write(JSON.writeValueAsString(answer));
                writer.newLine();
                writer.flush();
                lines++;
            }
        }
        System.out.printf("answered %d lines (%d with an error) into %s%n", lines, failures, out);
    }

    private static ObjectNode answer(
            StackClient client, String line, Path base, Map<Path, String> datasets, Map<Path, String> errors) {
        ObjectNode result = JSON.createObjectNode();
        result.putNull("id");
        result.putNull("chart_spec");
        result.putNull("response_text");
        result.putNull("source");
        result.putNull("latency_ms");
        result.putNull("error");
        try {
            JsonNode input = JSON.readTree(line);
            result.set("id", input.path("id"));
            Path file = resolve(input.path("dataset").asText(), base);
            String datasetId = dataset(client, file, datasets, errors);
            List<JsonNode> questions = new java.util.ArrayList<>();
            input.path("questions").forEach(questions::add);
            if (questions.isEmpty()) {
                throw new IllegalArgumentException("the line has no questions");
            }
            String conversation = null;
            for (JsonNode question : questions) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("message", question.asText());
                if (conversation != null) {
                    body.put("conversation_id", conversation);
                }
                long start = System.nanoTime();
                JsonNode reply = StackClient.json(client.postJson("/api/chat/" + datasetId, body), 200);
                result.put("latency_ms", (System.nanoTime() - start) / 1_000_000);
                conversation = reply.path("conversation_id").asText(null);
                result.set("chart_spec", reply.path("chart_spec"));
                result.set("response_text", reply.path("response_text"));
                result.set("source", reply.path("source"));
            }
        } catch (Exception e) {
            result.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return result;
    }

    /** Uploads each distinct file once and waits for READY; remembers failures so they are reported per line. */
    private static String dataset(StackClient client, Path file, Map<Path, String> ids, Map<Path, String> errors)
            throws Exception {
        if (errors.containsKey(file)) {
            throw new IllegalStateException(errors.get(file));
        }
        if (ids.containsKey(file)) {
            return ids.get(file);
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("dataset file not found: " + file);
            }
            JsonNode created = client.upload(file, file.getFileName().toString());
            String id = created.path("dataset").path("id").asText();
            JsonNode done = client.awaitDone(id, Duration.ofMinutes(15), Duration.ofMillis(200));
            if (!"READY".equals(done.path("status").asText())) {
                throw new IllegalStateException("dataset " + file.getFileName() + " could not be analysed: "
                        + done.path("failure_reason").asText());
            }
            ids.put(file, id);
            return id;
        } catch (Exception e) {
            errors.put(file, e.getMessage());
            throw e;
        }
    }

    private static Path resolve(String name, Path base) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the line has no 'dataset'");
        }
        Path path = Path.of(name);
        if (!path.isAbsolute() && base != null && Files.exists(base.resolve(path))) {
            return base.resolve(path).normalize();
        }
        return path.toAbsolutePath().normalize();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
