package io.datasage.ai.answer;

import static io.datasage.ai.llm.ProviderStubs.answer;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.datasage.ai.llm.Attempt;
import io.datasage.ai.llm.LlmRouter;
import io.datasage.ai.llm.ModelRole;
import io.datasage.ai.llm.OutputMode;
import io.datasage.ai.llm.ProviderKind;
import io.datasage.ai.llm.ProviderSettings;
import io.datasage.ai.llm.ProviderStubs;
import io.datasage.ai.llm.RouterSettings;
import io.datasage.ai.planner.OfflinePlanner;
import io.datasage.ai.prompt.PromptBuilder;
import io.datasage.charts.SpecValidator;
import io.datasage.contracts.chart.ChartSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** WireMock stubs of Ollama ({@code local}) and an OpenAI-compatible API ({@code cloud}), and a router over them. */
abstract class StubbedProviders {

    static final String OLLAMA = "/api/chat";
    static final String OPENAI = "/v1/chat/completions";
    static final String GOOD_SPEC =
            "{\"chart_type\": \"bar\", \"x\": \"region\", \"y\": [\"Revenue \"], \"aggregation\": \"sum\"}";
    static final String GOOD = answer("Revenue by region, largest first.", GOOD_SPEC, "High");
    static final String PROFIT = answer(
            "Profit by region.",
            "{\"chart_type\": \"bar\", \"x\": \"Region\", \"y\": [\"Profit\"], \"aggregation\": \"sum\"}",
            "High");
    static final String CUT_OFF =
            "{\"response_text\": \"Revenue by region\", \"chart_spec\": {\"chart_type\": \"bar\", \"x\": \"Reg";

    static WireMockServer server;
    final OfflinePlanner planner = new OfflinePlanner();
    final SpecValidator validator = new SpecValidator();
    LlmRouter router;

    @BeforeAll
    static void startStubs() {
        server = ProviderStubs.start();
    }

    @AfterAll
    static void stopStubs() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    @AfterEach
    void closeRouter() {
        if (router != null) {
            router.close();
        }
    }

    ChartAnswer<ChartSpec> ask(ChartAnswerer answerer, String question) {
        return answerer.answer(question(question), planner, this::validSpecOrThrow, TokenSink.NONE);
    }

    static ChartQuestion question(String question) {
        return new ChartQuestion(question, StoreSales.schema(), StoreSales.columns(), null, List.of(), List.of());
    }

    ChartSpec validSpecOrThrow(ChartSpec spec) throws io.datasage.charts.ChartSpecException {
        return validator.validate(spec, StoreSales.columns());
    }

    ChartSpec validSpec(ChartSpec spec) {
        try {
            return validSpecOrThrow(spec);
        } catch (io.datasage.charts.ChartSpecException e) {
            throw new AssertionError(e);
        }
    }

    ChartAnswerer answerer(RouterSettings settings) {
        router = new LlmRouter(settings);
        return new ChartAnswerer(router, new PromptBuilder());
    }

    static List<Attempt.Outcome> outcomes(ChartAnswer<?> a) {
        return a.attempts().stream().map(Attempt::outcome).toList();
    }

    static ProviderSettings local() {
        return new ProviderSettings(
                "local",
                ProviderKind.OLLAMA,
                server.baseUrl(),
                "llama3.1",
                null,
                // Generous: a loaded build machine must not turn a stub's instant reply into a timeout.
                Duration.ofSeconds(15),
                1,
                OutputMode.JSON_SCHEMA,
                0.0);
    }

    static RouterSettings settings(List<String> chatEngine) {
        Map<String, ProviderSettings> providers = new LinkedHashMap<>();
        providers.put("local", local());
        providers.put(
                "cloud",
                new ProviderSettings(
                        "cloud",
                        ProviderKind.OPENAI,
                        server.baseUrl() + "/v1",
                        "gpt-4o-mini",
                        "sk-test",
                        Duration.ofSeconds(15),
                        1,
                        OutputMode.JSON_SCHEMA,
                        0.0));
        return RouterSettings.of(providers, Map.of(ModelRole.CHAT_ENGINE, chatEngine))
                .withRetryBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
                .withDeadline(Duration.ofSeconds(60));
    }

    /** Collects what a streaming answer shows. */
    static final class RecordingSink implements TokenSink {
        final List<String> tokens = new ArrayList<>();
        final List<Integer> resetAt = new ArrayList<>();
        int resets;

        @Override
        public synchronized void token(String text) {
            tokens.add(text);
        }

        @Override
        public synchronized void reset() {
            resets++;
            resetAt.add(tokens.size());
        }

        synchronized List<String> afterLastReset() {
            return resetAt.isEmpty() ? tokens : tokens.subList(resetAt.get(resetAt.size() - 1), tokens.size());
        }
    }
}
