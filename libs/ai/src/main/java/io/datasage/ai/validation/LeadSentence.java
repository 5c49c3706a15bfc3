package io.datasage.ai.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides what of a model's {@code response_text} may be shown: at most its first sentence, and only when that
 * sentence holds no digit (the model never sees the rows, so any number it writes is invented; the numbers in a
 * reply come from the chart engine), no markup, no link, and is short. Otherwise nothing of it is shown.
 */
public final class LeadSentence {

    /** The longest lead kept. */
    public static final int MAX_LENGTH = 160;

    private static final Pattern END = Pattern.compile("[.!?](\\s|$)");

    private LeadSentence() {}

    /** The sentence to put before the computed summary, ending with a full stop, or empty. */
    public static Optional<String> of(String responseText) {
        if (responseText == null) {
            return Optional.empty();
        }
        String text = responseText.strip();
        var end = END.matcher(text);
        String first = end.find() ? text.substring(0, end.start() + 1) : text;
        first = first.replaceAll("\\s+", " ").strip();
        if (first.length() < 3 || first.length() > MAX_LENGTH || !acceptable(first)) {
            return Optional.empty();
        }
        return Optional.of(first.matches(".*[.!?]$") ? first : first + ".");
    }

    /** Whether {@code c} may appear in a lead at all; the preview stops at the first character that may not. */
    static boolean allowedChar(char c) {
        return !Character.isDigit(c) && c != '<' && c != '>' && c != '`';
    }

    private static boolean acceptable(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (!allowedChar(sentence.charAt(i))) {
                return false;
            }
        }
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        return !lower.contains("://") && !lower.contains("www.");
    }
}
