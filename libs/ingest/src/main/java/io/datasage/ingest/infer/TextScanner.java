package io.datasage.ingest.infer;

/** Walks a value left to right for the date and time parsers: digits, expected characters, spaces. */
final class TextScanner {

    private String text;
    private int pos;
    private int number;

    void reset(String value) {
        text = value;
        pos = 0;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The current character; only when not {@link #atEnd()}. */
    char peek() {
        return text.charAt(pos);
    }

    boolean peekIs(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    void skip() {
        pos++;
    }

    int position() {
        return pos;
    }

    void seek(int position) {
        pos = position;
    }

    String text() {
        return text;
    }

    /** Reads up to 9 digits into {@link #number()}; returns how many. */
    int digits() {
        int start = pos;
        int value = 0;
        while (pos < text.length() && pos - start < 9 && isDigit(text.charAt(pos))) {
            value = value * 10 + (text.charAt(pos) - '0');
            pos++;
        }
        number = value;
        return pos - start;
    }

    /** The value of the digits last read. */
    int number() {
        return number;
    }

    boolean expect(char c) {
        if (peekIs(c)) {
            pos++;
            return true;
        }
        return false;
    }

    void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    /** Reads ASCII letters; returns how many. */
    int letters() {
        int start = pos;
        while (pos < text.length() && isLetter(text.charAt(pos))) {
            pos++;
        }
        return pos - start;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
