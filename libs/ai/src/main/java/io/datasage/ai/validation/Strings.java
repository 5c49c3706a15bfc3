package io.datasage.ai.validation;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text scans over JSON-like text that must not touch what is inside quoted strings. */
final class Strings {

    private Strings() {}

    /** {@code text} with every match of {@code pattern} outside quoted strings replaced. */
    static String outsideStrings(String text, Pattern pattern, UnaryOperator<String> replacement) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder plain = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && (c == '"' || (c == '\'' && opensQuote(text, i)))) {
                out.append(replace(plain, pattern, replacement));
                plain.setLength(0);
                quote = c;
                out.append(c);
            } else if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else {
                plain.append(c);
            }
        }
        return out.append(replace(plain, pattern, replacement)).toString();
    }

    /** Whether the single quote at {@code i} starts a string: it follows a JSON delimiter, not a letter. */
    static boolean opensQuote(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char p = text.charAt(j);
            if (!Character.isWhitespace(p)) {
                return p == '{' || p == '[' || p == ',' || p == ':';
            }
        }
        return true;
    }

    private static String replace(CharSequence plain, Pattern pattern, UnaryOperator<String> replacement) {
        Matcher m = pattern.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
