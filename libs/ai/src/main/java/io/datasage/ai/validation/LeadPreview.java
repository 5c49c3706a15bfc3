package io.datasage.ai.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the {@code response_text} value out of a JSON answer while it streams, so its words can be shown as they
 * arrive. It shows only what {@link LeadSentence} could keep: it stops at the end of the first sentence, and for
 * good at a digit, markup or {@value LeadSentence#MAX_LENGTH} characters. Not thread-safe: one per attempt.
 */
public final class LeadPreview {

    private static final Pattern KEY = Pattern.compile("[\"']response_text[\"']\\s*:\\s*([\"'])");
    private static final int MAX_SEEK = 4_000;

    private final StringBuilder raw = new StringBuilder();
    private int pos;
    private char quote;
    private int shown;
    private boolean seeking = true;
    private boolean done;
    private char last;

    /** The preview text that {@code chunk} adds; empty when it adds none. */
    public String feed(String chunk) {
        if (done || chunk == null || chunk.isEmpty()) {
            return "";
        }
        raw.append(chunk);
        if (seeking) {
            Matcher key = KEY.matcher(raw);
            if (!key.find()) {
                done = raw.length() > MAX_SEEK;
                return "";
            }
            seeking = false;
            quote = key.group(1).charAt(0);
            pos = key.end();
        }
        StringBuilder out = new StringBuilder();
        while (pos < raw.length() && !done) {
            char c = raw.charAt(pos);
            if (c == '\\') {
                int consumed = escape(out);
                if (consumed == 0) {
                    break;
                }
                pos += consumed;
            } else if (c == quote) {
                done = true;
            } else {
                emit(c, out);
                pos++;
            }
        }
        return out.toString();
    }

    private int escape(StringBuilder out) {
        if (pos + 1 >= raw.length()) {
            return 0;
        }
        char e = raw.charAt(pos + 1);
        if (e == 'u') {
            if (pos + 6 > raw.length()) {
                return 0;
            }
            try {
                emit((char) Integer.parseInt(raw.substring(pos + 2, pos + 6), 16), out);
            } catch (NumberFormatException bad) {
                done = true;
            }
            return 6;
        }
        emit(e == 'n' || e == 't' || e == 'r' ? ' ' : e, out);
        return 2;
    }

    private void emit(char c, StringBuilder out) {
        if (!LeadSentence.allowedChar(c) || shown >= LeadSentence.MAX_LENGTH) {
            done = true;
            return;
        }
        if (Character.isWhitespace(c) && (last == '.' || last == '!' || last == '?')) {
            done = true;
            return;
        }
        out.append(c);
        shown++;
        last = c;
    }
}
