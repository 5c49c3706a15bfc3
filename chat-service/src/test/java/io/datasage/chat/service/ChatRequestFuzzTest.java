package io.datasage.chat.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.datasage.ai.answer.ChartAnswerer;
import io.datasage.ai.answer.ChartQuestion;
import io.datasage.ai.answer.TokenSink;
import io.datasage.ai.llm.LlmRouter;
import io.datasage.ai.llm.RouterSettings;
import io.datasage.ai.prompt.PromptBuilder;
import io.datasage.charts.ArrowDatasets;
import io.datasage.charts.ChartEngine;
import io.datasage.charts.Dataset;
import io.datasage.chat.metrics.AnswerMetrics;
import io.datasage.chat.rest.ChatResource.ChatRequest;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.problem.ProblemException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * Coverage-guided fuzzing of {@code POST /api/chat/{datasetId}}'s body as the service handles it without an LLM:
 * JSON as Quarkus reads it, the question checks, then the offline planner and the chart engine on a small real
 * dataset. Acceptable: unreadable JSON or a {@link ProblemException} (both a 4xx problem), or an answer with text.
 * Seeds and kept crash inputs: {@code src/test/resources/io/datasage/chat/service/ChatRequestFuzzTestInputs/body/}.
 */
class ChatRequestFuzzTest {

    private static final ObjectMapper QUARKUS_JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String CSV = "Order Date,Region,Category,Sales,Quantity\n"
            + "2024-01-05,West,Technology,100.50,2\n2024-01-20,East,Furniture,80.00,1\n"
            + "2024-02-03,West,Furniture,200.25,4\n2024-02-14,South,Technology,55.00,3\n"
            + "2024-03-01,East,Office Supplies,50.00,1\n2024-03-09,West,Technology,400.00,5\n";

    private static final Fixture FIXTURE = Fixture.create();
    private static final QuestionAnswerer ANSWERER = new QuestionAnswerer(
            new ChartEngine(),
            new ChartAnswerer(new LlmRouter(RouterSettings.of(Map.of(), Map.of())), new PromptBuilder(1200)),
            new AnswerMetrics(new SimpleMeterRegistry()));

    @AfterAll
    static void close() {
        FIXTURE.data().close();
    }

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({
        "\"message\"", "\"conversation_id\"", "total", "sales", "by", "region", "monthly", "trend", "top", "10",
        "average", "per", "category", "in 2024", "only", "make it a pie", "quantity", "between", "not", "count"
    })
    void body(byte[] body) {
        ChatRequest request;
        try {
            request = QUARKUS_JSON.readValue(new String(body, StandardCharsets.UTF_8), ChatRequest.class);
        } catch (JsonProcessingException e) {
            return; // 400 with Jackson's message
        }
        if (request == null) {
            return; // 400: no body
        }
        String question;
        try {
            question = ChatService.checkedQuestion(request.message());
        } catch (ProblemException e) {
            assertThat(e.status()).isEqualTo(400);
            return;
        }
        Answer answer = ANSWERER.answer(
                new ChartQuestion(question, FIXTURE.schema(), FIXTURE.data().columns(), null, List.of(), List.of()),
                spec -> ANSWERER.render(FIXTURE.data(), spec),
                null,
                TokenSink.NONE);
        assertThat(answer.text()).as("every question gets words back").isNotBlank();
    }

    /** The sales CSV ingested once into a real Arrow file, and the schema the planner sees. */
    private record Fixture(Dataset data, io.datasage.ai.schema.DatasetSchema schema) {
        static Fixture create() {
            try {
                Path dir = Files.createTempDirectory("chat-fuzz-");
                Path raw = Files.writeString(dir.resolve("raw.csv"), CSV);
                IngestResult result = new Ingestor(IngestOptions.defaults())
                        .ingest(raw, SourceFormat.CSV, dir.resolve("data.arrow"), null);
                @SuppressWarnings("unchecked")
                Map<String, Object> profile = new ObjectMapper().convertValue(result.profile(), Map.class);
                DatasetInfo info = new DatasetInfo(
                        "fuzz",
                        "Store sales",
                        null,
                        "READY",
                        1,
                        6L,
                        5,
                        List.of(),
                        List.of(),
                        null,
                        profile,
                        "sales.csv",
                        "CSV");
                Dataset data = ArrowDatasets.openUncached(dir.resolve("data.arrow"));
                return new Fixture(data, SchemaMapper.from(info, data));
            } catch (Exception e) {
                throw new IllegalStateException("could not build the fuzz dataset: " + e.getMessage(), e);
            }
        }
    }
}
