package io.datasage.ai.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON object in a model's reply and repairs only what has one possible reading: a {@code <think>}
 * block, code fences or prose around the object, trailing commas, comments, unquoted keys, well-formed
 * single-quoted strings (an apostrophe inside one makes it ambiguous: not repaired), Python's
 * {@code True/False/None}. A cut-off or otherwise broken object is not guessed at: it is rejected with the
 * parser's message, for the model to fix.
 */
public final class LenientJson {

    private static final int MAX_REPLY = 100_000;
    private static final ObjectMapper STRICT = new ObjectMapper();
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();
    private static final Pattern THINK = Pattern.compile("(?is)<think>.*?</think>");
    private static final Pattern FENCE = Pattern.compile("(?s)```[a-zA-Z]*\\s*(.*?)```");
    private static final Pattern PYTHON_LITERAL = Pattern.compile("\\b(True|False|None)\\b");

    private LenientJson() {}

    /**
     * The JSON object in {@code reply} and the repairs it needed.
     *
     * @param node the object
     * @param repairs what was repaired, empty when the reply was clean JSON
     */
    public record Parsed(JsonNode node, List<String> repairs) {}

    /** The object in {@code reply}. */
    public static Parsed parse(String reply) throws InvalidAnswerException {
        if (reply == null || reply.isBlank()) {
            throw new InvalidAnswerException("the reply was empty; reply with one JSON object");
        }
        if (reply.length() > MAX_REPLY) {
            throw new InvalidAnswerException(
                    "the reply is " + reply.length() + " characters long; reply with one short JSON object");
        }
        List<String> repairs = new ArrayList<>();
        String text = reply.strip();
        JsonNode clean = strict(text);
        if (clean != null && clean.isObject()) {
            return new Parsed(clean, repairs);
        }
        if (THINK.matcher(text).find()) {
            text = THINK.matcher(text).replaceAll("").strip();
            repairs.add("removed a <think> block");
        }
        Matcher fence = FENCE.matcher(text);
        if (fence.find() && fence.group(1).contains("{")) {
            text = fence.group(1).strip();
            repairs.add("removed code fences");
        }
        String object = firstObject(text);
        if (object == null) {
            throw new InvalidAnswerException(
                    text.contains("{")
                            ? "the JSON object is not closed (the reply may have been cut off); reply with the whole object"
                            : "the reply holds no JSON object; reply with one JSON object only, no prose");
        }
        if (object.length() < text.length()) {
            repairs.add("removed text around the object");
        }
        JsonNode node = strict(object);
        if (node == null) {
            node = lenient(object, repairs);
        }
        return new Parsed(node, repairs);
    }

    private static JsonNode lenient(String object, List<String> repairs) throws InvalidAnswerException {
        String fixed = Strings.outsideStrings(
                object, PYTHON_LITERAL, m -> m.equals("True") ? "true" : m.equals("False") ? "false" : "null");
        try {
            JsonNode node = LENIENT.readTree(fixed);
            repairs.add("repaired JSON syntax");
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidAnswerException("the reply is not valid JSON: " + e.getOriginalMessage()
                    + "; reply with one JSON object with double-quoted keys and strings");
        }
    }

    private static JsonNode strict(String text) {
        try {
            return STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The first balanced {...} in {@code text}, strings (either quote) respected; null when none closes. */
    static String firstObject(String text) {
        int start = text.indexOf('{');
        if (start < 0) {
            return null;
        }
        int depth = 0;
        char quote = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || (c == '\'' && Strings.opensQuote(text, i))) {
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return text.substring(start, i + 1);
                }
            }
        }
        return null;
    }
}
