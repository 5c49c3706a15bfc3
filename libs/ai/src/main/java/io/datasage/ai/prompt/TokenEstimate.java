package io.datasage.ai.prompt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates the tokens a text costs in a BPE tokenizer without shipping one: a word of up to 8 letters (with its
 * leading space) is one token and a longer one one more per 8 letters, digits go in threes, and runs of up to 3
 * other symbols ({@code ","}, {@code ..}, {@code {"}) are one. Meant to come out at or above what cl100k-style
 * tokenizers count, which suits a budget.
 */
public final class TokenEstimate {

    /** Tokens a chat message costs beyond its text (role markers). */
    public static final int MESSAGE_OVERHEAD = 4;

    private static final Pattern PIECE = Pattern.compile(" ?\\p{L}+| ?\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]{1,3}|\\s+");

    private TokenEstimate() {}

    /** The estimated token count of {@code text}. */
    public static int of(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int tokens = 0;
        Matcher m = PIECE.matcher(text);
        while (m.find()) {
            String piece = m.group();
            int letters = piece.startsWith(" ") ? piece.length() - 1 : piece.length();
            tokens += Character.isLetter(piece.charAt(piece.length() - 1)) ? 1 + (letters - 1) / 8 : 1;
        }
        return tokens;
    }
}
