package io.datasage.platform.llm;

import io.datasage.ai.llm.ModelRole;
import io.datasage.ai.llm.OutputMode;
import io.datasage.ai.llm.ProviderKind;
import io.datasage.ai.llm.ProviderSettings;
import io.datasage.ai.llm.RouterSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LLM router's settings from a service's {@code datasage.llm} configuration; a bad value fails startup with a
 * message naming its key. Every service that asks a model role builds its router from here.
 */
public final class LlmSettingsMapper {

    private LlmSettingsMapper() {}

    /**
     * The settings with the providers of the roles this service asks; the other roles are left out, so that their
     * providers are neither built nor health-checked here.
     */
    public static RouterSettings toSettings(LlmConfig config, ModelRole... asked) {
        Map<String, ProviderSettings> providers = new LinkedHashMap<>();
        config.providers().forEach((name, p) -> providers.put(name, provider(name, p)));
        Map<ModelRole, List<String>> roles = new EnumMap<>(ModelRole.class);
        for (ModelRole role : asked) {
            put(roles, role, names(config.roles(), role));
        }
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

    private static Optional<List<String>> names(LlmConfig.Roles roles, ModelRole role) {
        switch (role) {
            case CHAT_ENGINE:
                return roles.chatEngine();
            case LAYOUT_DESIGNER:
                return roles.layoutDesigner();
            case SUMMARY_ENGINE:
                return roles.summaryEngine();
            case CHART_RECOMMENDER:
                return roles.chartRecommender();
            default:
                return roles.visualizationEngine();
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
