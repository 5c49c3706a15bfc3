package io.datasage.ingest.infer;

/** Trimming that also removes the no-break and zero-width spaces spreadsheet exports leave around values. */
public final class Whitespace {

    private Whitespace() {}

    public static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF' || c == '\u200B';
    }

    /** The value without surrounding spaces; returns the same instance when there is nothing to trim. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }
}
