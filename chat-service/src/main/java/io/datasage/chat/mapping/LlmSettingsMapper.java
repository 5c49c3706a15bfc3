package io.datasage.chat.mapping;

import io.datasage.ai.llm.ModelRole;
import io.datasage.ai.llm.OutputMode;
import io.datasage.ai.llm.ProviderKind;
import io.datasage.ai.llm.ProviderSettings;
import io.datasage.ai.llm.RouterSettings;
import io.datasage.chat.config.LlmConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The router's settings from this service's configuration; a bad value fails startup with a message naming it. */
public final class LlmSettingsMapper {

    private LlmSettingsMapper() {}

    public static RouterSettings toSettings(LlmConfig config) {
        Map<String, ProviderSettings> providers = new LinkedHashMap<>();
        config.providers().forEach((name, p) -> providers.put(name, provider(name, p)));
        Map<ModelRole, List<String>> roles = new EnumMap<>(ModelRole.class);
        put(roles, ModelRole.CHAT_ENGINE, config.roles().chatEngine());
        put(roles, ModelRole.LAYOUT_DESIGNER, config.roles().layoutDesigner());
        put(roles, ModelRole.SUMMARY_ENGINE, config.roles().summaryEngine());
        put(roles, ModelRole.CHART_RECOMMENDER, config.roles().chartRecommender());
        put(roles, ModelRole.VISUALIZATION_ENGINE, config.roles().visualizationEngine());
        return new RouterSettings(
                providers,
                roles,
                config.deadline(),
                config.breaker().failures(),
                config.breaker().openFor(),
                config.retry().backoff(),
                config.retry().maxBackoff(),
                config.health().ttl(),
                config.health().timeout());
    }

    private static ProviderSettings provider(String name, LlmConfig.Provider p) {
        try {
            return new ProviderSettings(
                    name,
                    ProviderKind.parse(p.kind()),
                    p.baseUrl().strip(),
                    p.model().strip(),
                    p.apiKey().map(String::strip).orElse(null),
                    p.timeout(),
                    p.maxRetries(),
                    OutputMode.parse(p.output()),
                    p.temperature());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("datasage.llm.providers." + name + ": " + e.getMessage(), e);
        }
    }

    private static void put(Map<ModelRole, List<String>> roles, ModelRole role, Optional<List<String>> names) {
        List<String> cleaned = new ArrayList<>();
        names.orElse(List.of()).stream()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .forEach(cleaned::add);
        if (!cleaned.isEmpty()) {
            roles.put(role, cleaned);
        }
    }
}
