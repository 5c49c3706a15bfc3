package io.datasage.ai.answer;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.datasage.ai.llm.ProviderStubs.ollamaStream;
import static io.datasage.ai.llm.ProviderStubs.openAiStream;
import static io.datasage.ai.llm.ProviderStubs.pieces;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streamed answers: the lead sentence arrives as tokens, and a rejected attempt's tokens are taken back. */
class StreamingAnswerTest extends StubbedProviders {

    @Test
    void ollamaStreamsTheLeadSentenceAsTokens() {
        server.stubFor(post(OLLAMA).willReturn(ollamaStream("llama3.1", pieces(GOOD, 7))));
        RecordingSink sink = new RecordingSink();

        ChartAnswer<ChartSpec> a = answerer(settings(List.of("local", "cloud")))
                .answer(question("total revenue by region"), planner, this::validSpecOrThrow, sink);

        assertThat(a.source()).isEqualTo("llm:llama3.1");
        assertThat(sink.tokens.size()).isGreaterThan(3);
        assertThat(String.join("", sink.tokens)).isEqualTo("Revenue by region, largest first.");
        assertThat(sink.resets).isZero();
        server.verify(
                postRequestedFor(urlEqualTo(OLLAMA)).withRequestBody(matchingJsonPath("$.stream", equalTo("true"))));
    }

    @Test
    void openAiStreamsTheLeadSentenceAsTokens() {
        server.stubFor(post(OPENAI).willReturn(openAiStream("gpt-4o-mini", pieces(GOOD, 5))));
        RecordingSink sink = new RecordingSink();

        ChartAnswer<ChartSpec> a = answerer(settings(List.of("cloud")))
                .answer(question("total revenue by region"), planner, this::validSpecOrThrow, sink);

        assertThat(a.source()).isEqualTo("llm:gpt-4o-mini");
        assertThat(String.join("", sink.tokens)).isEqualTo("Revenue by region, largest first.");
        server.verify(
                postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(matchingJsonPath("$.stream", equalTo("true"))));
    }

    @Test
    void aRejectedStreamIsTakenBackBeforeTheNextAttemptStreams() {
        server.stubFor(post(OLLAMA).willReturn(ollamaStream("llama3.1", pieces(PROFIT, 6))));
        server.stubFor(post(OPENAI).willReturn(openAiStream("gpt-4o-mini", pieces(GOOD, 6))));
        RecordingSink sink = new RecordingSink();

        ChartAnswer<ChartSpec> a = answerer(settings(List.of("local", "cloud")))
                .answer(question("total profit by region"), planner, this::validSpecOrThrow, sink);

        assertThat(a.source()).isEqualTo("llm:gpt-4o-mini");
        assertThat(sink.resets).as("both rejected attempts were taken back").isEqualTo(2);
        assertThat(String.join("", sink.afterLastReset())).isEqualTo("Revenue by region, largest first.");
    }
}
