package io.datasage.platform.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LLM providers and the model roles that use them, shared by every service that asks a model (chat-service: the
 * chat engine; dashboard-service: the layout designer and the summary engine). A provider is only ever called when a
 * role lists it; with no role configured (the default) everything is answered offline and nothing leaves the
 * machine. The two default providers and the roles' environment variables are declared in this library's
 * {@code META-INF/microprofile-config.properties}.
 */
@ConfigMapping(prefix = "datasage.llm")
public interface LlmConfig {

    /** Model endpoints by name ({@code datasage.llm.providers.<name>.*}). */
    Map<String, Provider> providers();

    /** Each model role's providers, tried in order. */
    Roles roles();

    /** The longest a question may spend on LLM calls (all providers, retries, re-asks) before the planner answers. */
    @WithDefault("90s")
    Duration deadline();

    /** Estimated tokens a prompt may use; the dataset is shown with less detail to stay under it. */
    @WithDefault("1500")
    int promptBudget();

    /** The circuit breaker of every provider. */
    Breaker breaker();

    /** Retries after connection errors, 429 and 5xx. */
    Retry retry();

    /** Health checks (informational: shown in readiness, never making the service not-ready). */
    Health health();

    /** One model endpoint. */
    interface Provider {

        /** {@code ollama} or {@code openai} (any OpenAI-compatible API). */
        String kind();

        /** Ollama's root ({@code http://localhost:11434}) or the OpenAI-compatible API root with its version ({@code https://api.openai.com/v1}). */
        String baseUrl();

        /** The model name; replies answered by it say {@code source: llm:<model>}. */
        String model();

        /** The bearer key, if the endpoint needs one. */
        Optional<String> apiKey();

        /** The longest one call may take. */
        @WithDefault("30s")
        Duration timeout();

        /** Extra attempts after a connection error, 429 or 5xx (0-5). */
        @WithDefault("1")
        int maxRetries();

        /** {@code json-schema} (enforced while decoding), {@code json} (JSON mode) or {@code text} (prompt only). */
        @WithDefault("json-schema")
        String output();

        /** Sampling temperature; 0 keeps specs repeatable. */
        @WithDefault("0")
        double temperature();
    }

    /** The original system's model roles, each a comma-separated, ordered list of provider names. */
    interface Roles {

        /** Questions in the chat: {@code datasage.llm.roles.chat-engine}. */
        Optional<List<String>> chatEngine();

        /** Dashboard layouts. */
        Optional<List<String>> layoutDesigner();

        /** Insight summaries. */
        Optional<List<String>> summaryEngine();

        /** Chart type recommendations. */
        Optional<List<String>> chartRecommender();

        /** Small, fast visualisation tasks. */
        Optional<List<String>> visualizationEngine();
    }

    /** Per-provider circuit breaker. */
    interface Breaker {

        /** Consecutive failures that open the circuit. */
        @WithDefault("3")
        int failures();

        /** How long an open circuit skips its provider before one probe call. */
        @WithDefault("30s")
        Duration openFor();
    }

    /** Waits between retries. */
    interface Retry {

        /** The wait before the first retry; doubled for each further one. */
        @WithDefault("250ms")
        Duration backoff();

        /** The longest wait between retries. */
        @WithDefault("2s")
        Duration maxBackoff();
    }

    /** Health checks of the providers in use. */
    interface Health {

        /** How long a result is reused. */
        @WithDefault("30s")
        Duration ttl();

        /** The longest one check may take. */
        @WithDefault("2s")
        Duration timeout();
    }
}
