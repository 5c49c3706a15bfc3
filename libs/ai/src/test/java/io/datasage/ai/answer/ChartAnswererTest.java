package io.datasage.ai.answer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.datasage.ai.llm.ProviderStubs.ollama;
import static io.datasage.ai.llm.ProviderStubs.openAi;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.llm.Attempt;
import io.datasage.ai.llm.LlmRouter;
import io.datasage.ai.llm.ModelRole;
import io.datasage.ai.llm.OutputMode;
import io.datasage.ai.llm.ProviderSettings;
import io.datasage.ai.llm.RouterSettings;
import io.datasage.ai.prompt.PromptBuilder;
import io.datasage.contracts.chart.ChartSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cases: each ends in a validated chart from some provider or the planner, and {@code source} says which. */
class ChartAnswererTest extends StubbedProviders {

    @Test
    void aGoodOllamaAnswerIsValidatedAgainstTheRealColumns() {
        server.stubFor(post(OLLAMA).willReturn(ollama("llama3.1", GOOD)));

        ChartAnswer<ChartSpec> a = ask(answerer(settings(List.of("local", "cloud"))), "total revenue by region");

        assertThat(a.source()).isEqualTo("llm:llama3.1");
        assertThat(a.result().chartType()).isEqualTo("bar");
        assertThat(a.result().x()).isEqualTo("Region");
        assertThat(a.result().y()).containsExactly("Revenue");
        assertThat(a.confidence()).isEqualTo("High");
        assertThat(a.lead()).isEqualTo("Revenue by region, largest first.");
        assertThat(a.prompt().estimatedTokens()).isLessThan(PromptBuilder.DEFAULT_BUDGET);
        server.verify(
                exactly(1),
                postRequestedFor(urlEqualTo(OLLAMA))
                        .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.1")))
                        .withRequestBody(matchingJsonPath("$.stream", equalTo("false")))
                        .withRequestBody(matchingJsonPath(
                                "$.format.properties.chart_spec.properties.x.enum[3]", equalTo("Revenue")))
                        .withRequestBody(matchingJsonPath(
                                "$.messages[1].content", containing("\"Revenue\"|decimal \"$\"|0.44..22638.48"))));
        server.verify(exactly(0), postRequestedFor(urlEqualTo(OPENAI)));
    }

    @Test
    void anOpenAiCompatibleEndpointGetsTheKeyAndAJsonSchema() {
        server.stubFor(post(OPENAI).willReturn(openAi("gpt-4o-mini", GOOD)));

        ChartAnswer<ChartSpec> a = ask(answerer(settings(List.of("cloud"))), "total revenue by region");

        assertThat(a.source()).isEqualTo("llm:gpt-4o-mini");
        assertThat(a.result().y()).containsExactly("Revenue");
        server.verify(postRequestedFor(urlEqualTo(OPENAI))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath(
                        "$.response_format.json_schema.schema.properties.confidence.enum[0]", equalTo("High"))));
    }

    @Test
    void malformedJsonIsSentBackOnceThenTheNextProviderAnswers() {
        server.stubFor(post(OLLAMA).willReturn(ollama("llama3.1", CUT_OFF)));
        server.stubFor(post(OPENAI).willReturn(openAi("gpt-4o-mini", GOOD)));

        ChartAnswer<ChartSpec> a = ask(answerer(settings(List.of("local", "cloud"))), "total revenue by region");

        assertThat(a.source()).isEqualTo("llm:gpt-4o-mini");
        assertThat(a.result().x()).isEqualTo("Region");
        assertThat(outcomes(a))
                .containsExactly(Attempt.Outcome.INVALID, Attempt.Outcome.INVALID, Attempt.Outcome.ANSWERED);
        server.verify(exactly(2), postRequestedFor(urlEqualTo(OLLAMA)));
        server.verify(exactly(1), postRequestedFor(urlEqualTo(OLLAMA)).withRequestBody(containing("is not closed")));
    }

    @Test
    void aHallucinatedColumnIsSentBackWithTheErrorAndTheFixedAnswerIsUsed() {
        server.stubFor(post(OLLAMA).atPriority(5).willReturn(ollama("llama3.1", PROFIT)));
        server.stubFor(post(OLLAMA)
                .atPriority(1)
                .withRequestBody(containing("column 'Profit' not found"))
                .willReturn(ollama("llama3.1", GOOD)));

        ChartAnswer<ChartSpec> a = ask(answerer(settings(List.of("local", "cloud"))), "total profit by region");

        assertThat(a.source()).isEqualTo("llm:llama3.1");
        assertThat(a.result().y()).containsExactly("Revenue");
        assertThat(a.confidence()).as("a repaired answer is not High").isEqualTo("Medium");
        assertThat(outcomes(a)).containsExactly(Attempt.Outcome.INVALID, Attempt.Outcome.ANSWERED);
        assertThat(a.attempts().get(0).detail())
                .contains("column 'Profit' not found")
                .contains("columns are: Order Date, Region");
        server.verify(exactly(0), postRequestedFor(urlEqualTo(OPENAI)));
    }

    @Test
    void aColumnHallucinatedTwiceMovesToTheNextProvider() {
        server.stubFor(post(OLLAMA).willReturn(ollama("llama3.1", PROFIT)));
        server.stubFor(post(OPENAI).willReturn(openAi("gpt-4o-mini", GOOD)));

        ChartAnswer<ChartSpec> a = ask(answerer(settings(List.of("local", "cloud"))), "total profit by region");

        assertThat(a.source()).isEqualTo("llm:gpt-4o-mini");
        assertThat(a.result().y()).containsExactly("Revenue");
        server.verify(exactly(2), postRequestedFor(urlEqualTo(OLLAMA)));
    }

    @Test
    void aProviderSlowerThanItsTimeoutIsLeftForTheNext() {
        server.stubFor(post(OLLAMA).willReturn(ollama("llama3.1", GOOD).withFixedDelay(3_000)));
        server.stubFor(post(OPENAI).willReturn(openAi("gpt-4o-mini", GOOD)));
        Map<String, ProviderSettings> providers =
                new LinkedHashMap<>(settings(List.of()).providers());
        providers.put("local", local().withTimeout(Duration.ofMillis(400)));
        RouterSettings withShortTimeout =
                RouterSettings.of(providers, Map.of(ModelRole.CHAT_ENGINE, List.of("local", "cloud")));
        long start = System.nanoTime();

        ChartAnswer<ChartSpec> a = ask(answerer(withShortTimeout), "total revenue by region");

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(a.source()).isEqualTo("llm:gpt-4o-mini");
        assertThat(a.attempts().get(0).outcome()).isEqualTo(Attempt.Outcome.FAILED);
        assertThat(a.attempts().get(0).detail()).contains("timeout");
        assertThat(millis)
                .as("the 400 ms timeout cut the 3 s reply short, without a retry")
                .isLessThan(2_500);
        server.verify(exactly(1), postRequestedFor(urlEqualTo(OLLAMA)));
    }

    @Test
    void aServerErrorIsRetriedOnceThenTheNextProviderAnswers() {
        server.stubFor(post(OLLAMA).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"model crashed\"}")));
        server.stubFor(post(OPENAI).willReturn(openAi("gpt-4o-mini", GOOD)));

        ChartAnswer<ChartSpec> a = ask(answerer(settings(List.of("local", "cloud"))), "total revenue by region");

        assertThat(a.source()).isEqualTo("llm:gpt-4o-mini");
        assertThat(a.attempts().get(0).detail()).contains("HTTP 500");
        server.verify(exactly(2), postRequestedFor(urlEqualTo(OLLAMA)));
    }

    @Test
    void aRateLimitIsRetriedOnTheSameProvider() {
        server.stubFor(post(OLLAMA)
                .inScenario("busy")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(429))
                .willSetStateTo("free"));
        server.stubFor(
                post(OLLAMA).inScenario("busy").whenScenarioStateIs("free").willReturn(ollama("llama3.1", GOOD)));

        ChartAnswer<ChartSpec> a = ask(answerer(settings(List.of("local", "cloud"))), "total revenue by region");

        assertThat(a.source()).isEqualTo("llm:llama3.1");
        server.verify(exactly(2), postRequestedFor(urlEqualTo(OLLAMA)));
        server.verify(exactly(0), postRequestedFor(urlEqualTo(OPENAI)));
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresSkipsTheProviderThenProbesIt() throws Exception {
        server.stubFor(post(OLLAMA).willReturn(aResponse().withStatus(503)));
        server.stubFor(post(OPENAI).willReturn(openAi("gpt-4o-mini", GOOD)));
        ChartAnswerer answerer = answerer(settings(List.of("local", "cloud")).withBreaker(2, Duration.ofMillis(2_000)));

        ask(answerer, "total revenue by region");
        ChartAnswer<ChartSpec> skipped = ask(answerer, "total revenue by region");

        assertThat(skipped.source()).isEqualTo("llm:gpt-4o-mini");
        assertThat(skipped.attempts().get(0).outcome()).isEqualTo(Attempt.Outcome.SKIPPED);
        assertThat(skipped.attempts().get(0).detail()).contains("circuit open");
        server.verify(exactly(2), postRequestedFor(urlEqualTo(OLLAMA)));

        Thread.sleep(2_100);
        server.stubFor(post(OLLAMA).willReturn(ollama("llama3.1", GOOD)));
        ChartAnswer<ChartSpec> probed = ask(answerer, "total revenue by region");
        assertThat(probed.source())
                .as("the half-open probe succeeds and closes the circuit")
                .isEqualTo("llm:llama3.1");
        assertThat(router.circuit("local").name()).isEqualTo("CLOSED");
    }

    @Test
    void whenEveryProviderFailsThePlannerAnswers() {
        server.stubFor(post(OLLAMA).willReturn(aResponse().withStatus(500)));
        server.stubFor(post(OPENAI).willReturn(openAi("gpt-4o-mini", "I am sorry, I cannot help with that.")));

        ChartAnswer<ChartSpec> a = ask(answerer(settings(List.of("local", "cloud"))), "total revenue by region");

        assertThat(a.source()).isEqualTo("planner");
        assertThat(a.result())
                .isEqualTo(validSpec(planner.plan("total revenue by region", StoreSales.schema(), null)
                        .spec()));
        assertThat(a.result().x()).isEqualTo("Region");
        assertThat(outcomes(a))
                .containsExactly(Attempt.Outcome.FAILED, Attempt.Outcome.INVALID, Attempt.Outcome.INVALID);
    }

    @Test
    void withoutProvidersThePlannerAnswersAndNothingIsSent() {
        ChartAnswerer offline = new ChartAnswerer(null, new PromptBuilder());

        ChartAnswer<ChartSpec> a = ask(offline, "total revenue by region");

        assertThat(offline.usesLlm()).isFalse();
        assertThat(a.source()).isEqualTo("planner");
        assertThat(a.prompt()).isNull();
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void plainJsonModeIsUsedWhenTheServerHasNoSchemas() {
        server.stubFor(post(OLLAMA).willReturn(ollama("llama3.1", "```json\n" + GOOD + "\n```")));
        Map<String, ProviderSettings> providers = Map.of("local", local().withOutputMode(OutputMode.JSON));
        router = new LlmRouter(RouterSettings.of(providers, Map.of(ModelRole.CHAT_ENGINE, List.of("local"))));

        ChartAnswer<ChartSpec> a = ask(new ChartAnswerer(router, new PromptBuilder()), "total revenue by region");

        assertThat(a.source()).isEqualTo("llm:llama3.1");
        server.verify(
                postRequestedFor(urlEqualTo(OLLAMA)).withRequestBody(matchingJsonPath("$.format", equalTo("json"))));
    }
}
