package io.datasage.ai.llm;

import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one call sends: the system text (rules), the conversation (the prompt, then any earlier answer and the
 * error it had when the model is asked to repair it), and the JSON schema the answer must follow.
 *
 * @param system the instructions
 * @param messages user and assistant turns, oldest first; the last one is the user's
 * @param schema the answer's JSON schema, or null for plain JSON
 */
public record LlmRequest(String system, List<Message> messages, JsonSchema schema) {

    public LlmRequest {
        Objects.requireNonNull(system, "system text");
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one message");
        }
    }

    /** A request with one user message. */
    public static LlmRequest of(String system, String user, JsonSchema schema) {
        return new LlmRequest(system, List.of(Message.user(user)), schema);
    }

    /** This request followed by the model's rejected {@code answer} and a user turn asking to fix {@code error}. */
    public LlmRequest repair(String answer, String error) {
        List<Message> more = new ArrayList<>(messages);
        more.add(Message.assistant(answer == null ? "" : answer));
        more.add(Message.user("That answer cannot be used: " + error
                + "\nReply again with the whole corrected JSON object only, using only the columns listed."));
        return new LlmRequest(system, more, schema);
    }

    /** The characters sent, for size logs. */
    public int chars() {
        return system.length()
                + messages.stream().mapToInt(m -> m.text().length()).sum();
    }

    /**
     * One turn.
     *
     * @param fromUser true for the user, false for the assistant
     * @param text the text
     */
    public record Message(boolean fromUser, String text) {

        public Message {
            text = text == null ? "" : text;
        }

        public static Message user(String text) {
            return new Message(true, text);
        }

        public static Message assistant(String text) {
            return new Message(false, text);
        }
    }
}
