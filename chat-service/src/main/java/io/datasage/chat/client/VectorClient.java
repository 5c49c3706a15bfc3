package io.datasage.chat.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.datasage.ai.planner.ColumnMatch;
import io.datasage.ai.prompt.Example;
import io.datasage.chat.mapping.Json;
import io.datasage.contracts.chart.ChartSpec;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Column matching, question memory and few-shot examples in vector-service. All are helpers, never requirements:
 * when vector-service is slow or down the answer comes without them.
 */
@ApplicationScoped
public class VectorClient {

    private final VectorServiceApi api;
    private final Cache<String, Boolean> remembered =
            Caffeine.newBuilder().maximumSize(10_000).build();

    public VectorClient(@RestClient VectorServiceApi api) {
        this.api = api;
    }

    /** Columns of the dataset that mean what {@code phrase} says, best first; empty on any failure. */
    public List<ColumnMatch> columns(String datasetId, String phrase, String bearerToken) {
        try {
            JsonNode body = api.columns(datasetId, phrase, 5, "Bearer " + bearerToken);
            List<ColumnMatch> matches = new ArrayList<>();
            for (JsonNode m : body.path("matches")) {
                matches.add(new ColumnMatch(
                        m.path("column").asText(), m.path("score").asDouble()));
            }
            return matches;
        } catch (RuntimeException e) {
            Log.debugf("No semantic column match for '%s': %s", phrase, e.getMessage());
            return List.of();
        }
    }

    /**
     * Up to {@code k} past questions like {@code question} with the specs that answered them, best first; empty on
     * any failure or after {@code timeout} (the prompt then goes without examples).
     */
    public List<Example> examples(String datasetId, String question, int k, String bearerToken, Duration timeout) {
        try {
            JsonNode body = api.examples(datasetId, question, k, "Bearer " + bearerToken)
                    .await()
                    .atMost(timeout);
            List<Example> examples = new ArrayList<>();
            for (JsonNode e : body.path("examples")) {
                ChartSpec spec = Json.spec(e.path("chart_spec").toString());
                if (spec != null && e.hasNonNull("question")) {
                    examples.add(new Example(e.path("question").asText(), spec));
                }
            }
            return examples;
        } catch (RuntimeException e) {
            Log.debugf("No past questions as examples for '%s': %s", question, e.getMessage());
            return List.of();
        }
    }

    /**
     * Stores a validated question and its spec, in the background; a question this instance stored already with the
     * same chart is not sent again (it would cost vector-service an embedding and find itself).
     */
    public void remember(String datasetId, String question, ChartSpec spec, String bearerToken) {
        String key = datasetId + "\n" + question.strip().toLowerCase(java.util.Locale.ROOT) + "\n" + spec;
        if (remembered.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset_id", datasetId);
        body.put("question", question);
        body.put("chart_spec", spec);
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                api.remember(body, "Bearer " + bearerToken);
            } catch (RuntimeException e) {
                remembered.invalidate(key);
                Log.debugf("Question memory unavailable: %s", e.getMessage());
            }
        });
    }
}
