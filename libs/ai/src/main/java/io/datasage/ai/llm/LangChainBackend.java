package io.datasage.ai.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One provider's LangChain4j models (blocking and streaming), built once from its settings. Every call runs on
 * the router's executor and is abandoned when the question's deadline comes first, so a slow provider never holds
 * a request longer than the deadline. LangChain4j's own retries are off: the router retries.
 */
final class LangChainBackend {

    private final ProviderSettings settings;
    private final ChatModel chat;
    private final StreamingChatModel streaming;
    private final Executor executor;

    LangChainBackend(ProviderSettings settings, Executor executor) {
        this.settings = settings;
        this.executor = executor;
        if (settings.kind() == ProviderKind.OLLAMA) {
            Map<String, String> headers =
                    settings.apiKey() == null ? Map.of() : Map.of("Authorization", "Bearer " + settings.apiKey());
            this.chat = OllamaChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .modelName(settings.model())
                    .temperature(settings.temperature())
                    .timeout(settings.timeout())
                    .customHeaders(headers)
                    .maxRetries(0)
                    .build();
            this.streaming = OllamaStreamingChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .modelName(settings.model())
                    .temperature(settings.temperature())
                    .timeout(settings.timeout())
                    .customHeaders(headers)
                    .build();
        } else {
            // OpenAI-compatible servers without authentication accept any key; the client requires one.
            String key = settings.apiKey() == null ? "not-needed" : settings.apiKey();
            this.chat = OpenAiChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .apiKey(key)
                    .modelName(settings.model())
                    .temperature(settings.temperature())
                    .timeout(settings.timeout())
                    .strictJsonSchema(false)
                    .maxRetries(0)
                    .build();
            this.streaming = OpenAiStreamingChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .apiKey(key)
                    .modelName(settings.model())
                    .temperature(settings.temperature())
                    .timeout(settings.timeout())
                    .strictJsonSchema(false)
                    .build();
        }
    }

    /** The model's whole reply text. */
    String complete(LlmRequest request, Duration timeout) throws ProviderFailure {
        ChatRequest chatRequest = toChatRequest(request);
        CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> textOf(chat.chat(chatRequest)), executor);
        return await(reply, timeout);
    }

    /** The model's whole reply text; {@code partial} sees each piece as it arrives. */
    String stream(LlmRequest request, Duration timeout, Consumer<String> partial) throws ProviderFailure {
        ChatRequest chatRequest = toChatRequest(request);
        CompletableFuture<String> reply = new CompletableFuture<>();
        StringBuilder pieces = new StringBuilder();
        StreamingChatResponseHandler handler = new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String text) {
                if (text != null && !reply.isDone()) {
                    pieces.append(text);
                    partial.accept(text);
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                String text = response == null || response.aiMessage() == null
                        ? null
                        : response.aiMessage().text();
                reply.complete(text == null ? pieces.toString() : text);
            }

            @Override
            public void onError(Throwable error) {
                reply.completeExceptionally(error);
            }
        };
        executor.execute(() -> {
            try {
                streaming.chat(chatRequest, handler);
            } catch (RuntimeException e) {
                reply.completeExceptionally(e);
            }
        });
        return await(reply, timeout);
    }

    private String await(CompletableFuture<String> reply, Duration timeout) throws ProviderFailure {
        try {
            return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            reply.cancel(true);
            throw new ProviderFailure(
                    ProviderFailure.Kind.TIMEOUT,
                    0,
                    "provider '" + settings.name() + "': timeout: no answer within " + timeout.toMillis() + " ms",
                    e);
        } catch (ExecutionException e) {
            throw Failures.classify(settings.name(), e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply.cancel(true);
            throw new ProviderFailure(
                    ProviderFailure.Kind.OTHER, 0, "provider '" + settings.name() + "': interrupted", e);
        }
    }

    private ChatRequest toChatRequest(LlmRequest request) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(request.system()));
        for (LlmRequest.Message m : request.messages()) {
            messages.add(m.fromUser() ? UserMessage.from(m.text()) : AiMessage.from(m.text()));
        }
        ChatRequest.Builder builder = ChatRequest.builder().messages(messages);
        ResponseFormat format = responseFormat(request);
        if (format != null) {
            builder.responseFormat(format);
        }
        return builder.build();
    }

    private ResponseFormat responseFormat(LlmRequest request) {
        switch (settings.outputMode()) {
            case JSON_SCHEMA:
                return request.schema() == null
                        ? ResponseFormat.JSON
                        : ResponseFormat.builder()
                                .type(ResponseFormatType.JSON)
                                .jsonSchema(request.schema())
                                .build();
            case JSON:
                return ResponseFormat.JSON;
            default:
                return null;
        }
    }

    private static String textOf(ChatResponse response) {
        String text = response == null || response.aiMessage() == null
                ? null
                : response.aiMessage().text();
        return text == null ? "" : text;
    }
}
