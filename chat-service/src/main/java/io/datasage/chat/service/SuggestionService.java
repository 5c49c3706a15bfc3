package io.datasage.chat.service;

import io.datasage.ai.answer.SpecRenderer;
import io.datasage.ai.planner.Suggestion;
import io.datasage.ai.prompt.Example;
import io.datasage.charts.ChartResult;
import io.datasage.charts.ChartSpecException;
import io.datasage.chat.client.VectorClient;
import io.datasage.chat.config.ChatConfig;
import io.datasage.chat.mapping.Json;
import io.datasage.chat.repository.MessageEntity;
import io.datasage.contracts.chart.ChartSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rewrites offered when an answer is unsure (Low confidence, or the planner saw close readings): the planner's
 * own alternatives interleaved with similar past questions from vector-service's question memory, each rendered over
 * this dataset (so it fits its columns and its spec is exactly what picking it draws), without repeats of the
 * question, of the chart given or of each other. Picking one is a normal next message whose text matches.
 */
@ApplicationScoped
public class SuggestionService {

    static final int MAX = 3;
    private static final int MEMORY_CANDIDATES = 5;

    private final VectorClient vector;
    private final ChatConfig config;

    public SuggestionService(VectorClient vector, ChatConfig config) {
        this.vector = vector;
        this.config = config;
    }

    /** Whether {@code answer} is unsure enough to offer rewrites. */
    static boolean unsure(Answer answer) {
        return "Low".equals(answer.confidence()) || !answer.suggestions().isEmpty();
    }

    /** Up to {@value #MAX} rewrites for {@code answer} to {@code q}, or none when the answer is sure. */
    List<OfferedSuggestion> offer(Answer answer, ChatService.Question q, SpecRenderer<ChartResult> draw) {
        if (!unsure(answer)) {
            return List.of();
        }
        List<Suggestion> planned = answer.suggestions();
        List<Example> remembered =
                vector.examples(q.datasetId(), q.question(), MEMORY_CANDIDATES, q.token(), config.examplesTimeout());
        List<Suggestion> candidates = new ArrayList<>();
        for (int i = 0; i < Math.max(planned.size(), remembered.size()); i++) {
            if (i < planned.size()) {
                candidates.add(planned.get(i));
            }
            if (i < remembered.size()) {
                candidates.add(new Suggestion(
                        remembered.get(i).question(), remembered.get(i).spec()));
            }
        }
        Set<String> texts = new HashSet<>();
        texts.add(key(q.question()));
        // Two suggestions drawing the same chart under different titles are one.
        Set<ChartSpec> charts = new HashSet<>();
        if (answer.spec() != null) {
            charts.add(answer.spec().withTitle(null));
        }
        List<OfferedSuggestion> offered = new ArrayList<>();
        for (Suggestion candidate : candidates) {
            if (offered.size() == MAX) {
                break;
            }
            if (candidate.text() == null || candidate.spec() == null || !texts.add(key(candidate.text()))) {
                continue;
            }
            rendered(candidate.spec(), draw)
                    .filter(spec -> charts.add(spec.withTitle(null)))
                    .ifPresent(spec ->
                            offered.add(new OfferedSuggestion(candidate.text().strip(), spec)));
        }
        return offered;
    }

    /** The suggestion offered with the conversation's last reply that {@code q}'s text picks, if any. */
    static Optional<OfferedSuggestion> pickedBy(ChatService.Question q) {
        List<MessageEntity> messages = q.conversation().messages;
        for (int i = messages == null ? -1 : messages.size() - 1; i >= 0; i--) {
            if ("assistant".equals(messages.get(i).role)) {
                String wanted = key(q.question());
                return Json.suggestions(messages.get(i).suggestionsJson).stream()
                        .filter(s -> key(s.text()).equals(wanted))
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    /** The spec as rendered over this dataset, or empty when it does not fit (another dataset's columns). */
    private Optional<ChartSpec> rendered(ChartSpec spec, SpecRenderer<ChartResult> draw) {
        try {
            return Optional.of(draw.render(spec).spec());
        } catch (ChartSpecException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Texts compare without case, repeated spaces or a closing question mark. */
    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll("[?.!]+$", "").toLowerCase(Locale.ROOT);
    }
}
