package io.datasage.ingest.infer;

/**
 * The style-independent part of reading a number: sign or accounting parentheses, a currency symbol or percent sign,
 * then the body split into digit runs with the one separator after each run, and an exponent. {@link NumberParser}
 * decides what the separators mean.
 */
final class NumberScan {

    static final int MAX_LENGTH = 64;
    private static final int MAX_RUNS = 24;

    final int[] runStart = new int[MAX_RUNS];
    final int[] runEnd = new int[MAX_RUNS];
    final char[] sepAfter = new char[MAX_RUNS];
    String text;
    int runs;
    int exponent;
    boolean hasExponent;
    boolean negative;
    char unit;
    /**
     * The first 18 significant digits of all runs as one number, and how many significant digits there are: every
     * reading of the body uses all its runs, so they are accumulated once here rather than per style.
     */
    long mantissa;

    int significant;

    static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'';
    }

    static boolean isCurrency(char c) {
        return c == '$' || c == '€' || c == '£' || c == '¥';
    }

    /** @return false when the value cannot be a number in any style */
    boolean scan(String s) {
        unit = 0;
        negative = false;
        int length = s.length();
        if (length == 0 || length > MAX_LENGTH) {
            return false;
        }
        text = s;
        int start = 0;
        int end = length;
        if (s.charAt(0) == '(') {
            if (s.charAt(end - 1) != ')') {
                return false;
            }
            negative = true;
            start = 1;
            end--;
        }
        start = prefix(s, start, end);
        if (start < 0) {
            return false;
        }
        end = suffix(s, start, end);
        return end > start && body(s, start, end);
    }

    private int prefix(String s, int i, int end) {
        boolean signSeen = false;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '-' || c == '+') {
                if (signSeen || (c == '-' && negative)) {
                    return -1;
                }
                signSeen = true;
                negative |= c == '-';
                i++;
            } else if (isCurrency(c)) {
                if (unit != 0) {
                    return -1;
                }
                unit = c;
                i++;
                while (i < end && s.charAt(i) == ' ') {
                    i++;
                }
            } else {
                return i;
            }
        }
        return -1;
    }

    private int suffix(String s, int i, int end) {
        char c = s.charAt(end - 1);
        if (c == '%' || isCurrency(c)) {
            if (unit != 0) {
                return -1;
            }
            unit = c;
            end--;
            while (end > i && Whitespace.isSpace(s.charAt(end - 1))) {
                end--;
            }
        }
        return end;
    }

    /** Splits the body into digit runs and the single separator after each run. */
    private boolean body(String s, int i, int end) {
        runs = 0;
        hasExponent = false;
        exponent = 0;
        long digits = 0;
        int count = 0;
        int p = i;
        if (isSeparator(s.charAt(p))) {
            // ".5": an empty integer run before the separator.
            runStart[0] = p;
            runEnd[0] = p;
            sepAfter[0] = 0;
            runs = 1;
        }
        while (p < end) {
            char c = s.charAt(p);
            if (c >= '0' && c <= '9') {
                if (runs == MAX_RUNS) {
                    return false;
                }
                int start = p;
                while (p < end) {
                    char d = s.charAt(p);
                    if (d < '0' || d > '9') {
                        break;
                    }
                    if (count > 0 || d != '0') {
                        count++;
                    }
                    if (count <= 18) {
                        digits = digits * 10 + (d - '0');
                    }
                    p++;
                }
                runStart[runs] = start;
                runEnd[runs] = p;
                sepAfter[runs] = 0;
                runs++;
            } else if (isSeparator(c)) {
                if (runs == 0 || sepAfter[runs - 1] != 0) {
                    return false;
                }
                sepAfter[runs - 1] = c;
                p++;
            } else if ((c == 'e' || c == 'E') && endsWithDigits(p)) {
                mantissa = digits;
                significant = count;
                return exponent(s, p + 1, end);
            } else {
                return false;
            }
        }
        mantissa = digits;
        significant = count;
        return true;
    }

    private boolean endsWithDigits(int p) {
        return runs > 0 && runEnd[runs - 1] == p && runEnd[runs - 1] > runStart[runs - 1];
    }

    private boolean exponent(String s, int p, int end) {
        boolean negativeExponent = false;
        if (p < end && (s.charAt(p) == '-' || s.charAt(p) == '+')) {
            negativeExponent = s.charAt(p) == '-';
            p++;
        }
        int digits = 0;
        int value = 0;
        while (p < end && s.charAt(p) >= '0' && s.charAt(p) <= '9' && digits < 4) {
            value = value * 10 + (s.charAt(p) - '0');
            p++;
            digits++;
        }
        if (digits == 0 || p != end) {
            return false;
        }
        hasExponent = true;
        exponent = negativeExponent ? -value : value;
        return true;
    }
}
