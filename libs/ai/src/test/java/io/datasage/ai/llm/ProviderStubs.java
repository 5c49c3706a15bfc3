package io.datasage.ai.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.List;

/** WireMock stand-ins for Ollama's and OpenAI's chat APIs on loopback, and the replies they send. */
public final class ProviderStubs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProviderStubs() {}

    /** A started stub server on a free loopback port. */
    public static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .containerThreads(10)
                .asynchronousResponseEnabled(true));
        server.start();
        return server;
    }

    /** {@code POST /api/chat} answered with {@code content} (not streamed). */
    public static ResponseDefinitionBuilder ollama(String model, String content) {
        ObjectNode body = JSON.createObjectNode().put("model", model).put("created_at", "2024-05-01T10:00:00Z");
        body.putObject("message").put("role", "assistant").put("content", content);
        body.put("done", true)
                .put("done_reason", "stop")
                .put("prompt_eval_count", 321)
                .put("eval_count", 54);
        return aResponse().withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    /** {@code POST /api/chat} streamed as NDJSON, one line per piece. */
    public static ResponseDefinitionBuilder ollamaStream(String model, List<String> pieces) {
        StringBuilder lines = new StringBuilder();
        for (String piece : pieces) {
            ObjectNode line = JSON.createObjectNode().put("model", model).put("created_at", "2024-05-01T10:00:00Z");
            line.putObject("message").put("role", "assistant").put("content", piece);
            lines.append(line.put("done", false)).append('\n');
        }
        ObjectNode last = JSON.createObjectNode().put("model", model).put("created_at", "2024-05-01T10:00:01Z");
        last.putObject("message").put("role", "assistant").put("content", "");
        lines.append(last.put("done", true)
                        .put("done_reason", "stop")
                        .put("prompt_eval_count", 321)
                        .put("eval_count", 54))
                .append('\n');
        return aResponse().withHeader("Content-Type", "application/x-ndjson").withBody(lines.toString());
    }

    /** {@code POST /v1/chat/completions} answered with {@code content} (not streamed). */
    public static ResponseDefinitionBuilder openAi(String model, String content) {
        ObjectNode body = JSON.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion")
                .put("created", 1714557600)
                .put("model", model);
        ArrayNode choices = body.putArray("choices");
        ObjectNode choice = choices.addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        body.putObject("usage")
                .put("prompt_tokens", 321)
                .put("completion_tokens", 54)
                .put("total_tokens", 375);
        return aResponse().withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    /** {@code POST /v1/chat/completions} streamed as server-sent events, one chunk per piece. */
    public static ResponseDefinitionBuilder openAiStream(String model, List<String> pieces) {
        StringBuilder events = new StringBuilder();
        for (String piece : pieces) {
            ObjectNode chunk = JSON.createObjectNode()
                    .put("id", "chatcmpl-1")
                    .put("object", "chat.completion.chunk")
                    .put("created", 1714557600)
                    .put("model", model);
            ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
            choice.putObject("delta").put("content", piece);
            events.append("data: ").append(chunk).append("\n\n");
        }
        ObjectNode end = JSON.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion.chunk")
                .put("created", 1714557600)
                .put("model", model);
        end.putArray("choices")
                .addObject()
                .put("index", 0)
                .put("finish_reason", "stop")
                .putObject("delta");
        events.append("data: ").append(end).append("\n\n").append("data: [DONE]\n\n");
        return aResponse().withHeader("Content-Type", "text/event-stream").withBody(events.toString());
    }

    /** A JSON answer in the compact answer schema. */
    public static String answer(String text, String specJson, String confidence) {
        return "{\"response_text\": " + quote(text) + ", \"chart_spec\": " + specJson + ", \"confidence\": \""
                + confidence + "\"}";
    }

    /** {@code text} split into pieces of about {@code size} characters, as a model would stream it. */
    public static List<String> pieces(String text, int size) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            out.add(text.substring(i, Math.min(text.length(), i + size)));
        }
        return out;
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
