package io.datasage.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.Map;
import java.util.TreeMap;

/** The topics each deployment creates, with their partition counts. */
final class TopicPlan {

    private TopicPlan() {}

    /** From the kafka-topics ConfigMap ({@code topics.txt}: one "topic partitions" line each). */
    static Map<String, Integer> kubernetes(Workloads w) {
        ConfigMap topics = w.find(ConfigMap.class, "kafka-topics")
                .orElseThrow(() -> new AssertionError("no kafka-topics ConfigMap"));
        return parse(topics.getData().get("topics.txt"));
    }

    /** From the compose file's kafka-topics service ({@code TOPICS}: the same lines). */
    static Map<String, Integer> compose(JsonNode compose) {
        JsonNode topics = compose.path("services")
                .path("kafka-topics")
                .path("environment")
                .path("TOPICS");
        if (topics.isMissingNode()) {
            throw new AssertionError("docker-compose.yml has no kafka-topics service with a TOPICS variable");
        }
        return parse(topics.asText());
    }

    private static Map<String, Integer> parse(String lines) {
        Map<String, Integer> plan = new TreeMap<>();
        for (String line : lines.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                plan.put(parts[0], Integer.parseInt(parts[1]));
            } else if (!line.isBlank()) {
                throw new AssertionError("a topic line must read 'topic partitions': " + line);
            }
        }
        return plan;
    }
}
