package io.datasage.chat.service;

import io.datasage.ai.answer.TokenSink;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reply as server-sent events: {@code {"type":"token","text":...}} while it is written, {@code {"type":"reset"}}
 * when the text shown so far is void (an LLM attempt was rejected), and one {@code {"type":"final","reply":{...}}}.
 * An LLM's lead sentence streams as the model writes it; the rest of the text, computed from the chart, follows
 * in words once the chart is rendered (planner answers come the same way, in words). The tokens since the last
 * reset always add up to the final reply's {@code response_text}.
 */
@ApplicationScoped
public class ChatStreams {

    private final ChatService chat;

    public ChatStreams(ChatService chat) {
        this.chat = chat;
    }

    /** The events answering {@code message}; request errors (400, 404, 409) are thrown before any event. */
    public Multi<Map<String, Object>> stream(
            String ownerId, String token, String datasetId, String message, String conversationId) {
        ChatService.Question question = chat.prepare(ownerId, token, datasetId, message, conversationId);
        return Multi.createFrom()
                .emitter(emitter -> Infrastructure.getDefaultWorkerPool().execute(() -> {
                    EventSink events = new EventSink(emitter);
                    try {
                        ChatReply reply = chat.answer(question, events);
                        events.finish(reply);
                    } catch (RuntimeException e) {
                        events.fail(e);
                    }
                }));
    }

    /** Turns tokens and resets into events, remembering what the client shows. */
    private static final class EventSink implements TokenSink {

        private final MultiEmitter<? super Map<String, Object>> emitter;
        private final StringBuilder shown = new StringBuilder();
        private boolean closed;

        EventSink(MultiEmitter<? super Map<String, Object>> emitter) {
            this.emitter = emitter;
        }

        @Override
        public synchronized void token(String text) {
            if (!closed) {
                shown.append(text);
                emitter.emit(Map.of("type", "token", "text", text));
            }
        }

        @Override
        public synchronized void reset() {
            if (!closed && shown.length() > 0) {
                shown.setLength(0);
                emitter.emit(Map.of("type", "reset"));
            }
        }

        /** Sends the rest of the reply's text, then the reply. */
        synchronized void finish(ChatReply reply) {
            String text = reply.responseText();
            if (!text.startsWith(shown.toString())) {
                reset();
            }
            for (String piece : words(text.substring(shown.length()))) {
                token(piece);
            }
            closed = true;
            emitter.emit(Map.of("type", "final", "reply", reply));
            emitter.complete();
        }

        synchronized void fail(RuntimeException e) {
            closed = true;
            emitter.fail(e);
        }

        private static List<String> words(String text) {
            List<String> pieces = new ArrayList<>();
            for (String piece : text.split("(?<= )")) {
                if (!piece.isEmpty()) {
                    pieces.add(piece);
                }
            }
            return pieces;
        }
    }
}
