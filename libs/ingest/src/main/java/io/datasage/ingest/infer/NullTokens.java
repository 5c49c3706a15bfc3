package io.datasage.ingest.infer;

import java.util.Locale;
import java.util.Set;

/** Decides whether a trimmed value means "no value" (empty, {@code NA}, {@code N/A}, {@code null}, ...). */
public final class NullTokens {

    private final Set<String> tokens;
    private final int maxLength;
    private final boolean[] firstChars = new boolean[128];
    private boolean nonAsciiFirst;

    /** @param tokens lower-case tokens; the empty string is always null */
    public NullTokens(Set<String> tokens) {
        this.tokens = Set.copyOf(tokens);
        this.maxLength = tokens.stream().mapToInt(String::length).max().orElse(0);
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            char c = token.charAt(0);
            if (c < 128) {
                firstChars[Character.toLowerCase(c)] = true;
                firstChars[Character.toUpperCase(c)] = true;
            } else {
                nonAsciiFirst = true;
            }
        }
    }

    public boolean isNull(String trimmed) {
        int length = trimmed.length();
        if (length == 0) {
            return true;
        }
        if (length > maxLength) {
            return false;
        }
        // Short numbers ("8", "42") are common: rule them out by their first character before lower-casing.
        char first = trimmed.charAt(0);
        if (first < 128 ? !firstChars[first] : !nonAsciiFirst) {
            return false;
        }
        return tokens.contains(trimmed.toLowerCase(Locale.ROOT));
    }
}
