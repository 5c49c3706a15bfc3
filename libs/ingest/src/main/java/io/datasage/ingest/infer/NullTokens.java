package io.datasage.ingest.infer;

import java.util.Locale;
import java.util.Set;

/** Decides whether a trimmed value means "no value" (empty, {@code NA}, {@code N/A}, {@code null}, ...). */
public final class NullTokens {

    private final Set<String> tokens;
    private final int maxLength;

    /** @param tokens lower-case tokens; the empty string is always null */
    public NullTokens(Set<String> tokens) {
        this.tokens = Set.copyOf(tokens);
        this.maxLength = tokens.stream().mapToInt(String::length).max().orElse(0);
    }

    public boolean isNull(String trimmed) {
        int length = trimmed.length();
        if (length == 0) {
            return true;
        }
        // Most values are longer than every token: skip the lower-casing for them.
        return length <= maxLength && tokens.contains(trimmed.toLowerCase(Locale.ROOT));
    }
}
