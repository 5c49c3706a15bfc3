package io.datasage.charts.explain;

/** Translates the {@code java.time} layout DataSage records for a date column into DuckDB's strptime format. */
final class StrptimeFormat {

    private StrptimeFormat() {}

    /** {@code MM/dd/yyyy h:mm a} to {@code %m/%d/%Y %I:%M %p}. */
    static String of(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int end = pattern.indexOf('\'', i + 1);
                String literal = end < 0 ? pattern.substring(i + 1) : pattern.substring(i + 1, end);
                out.append(literal.isEmpty() ? "'" : literal.replace("%", "%%"));
                i = end < 0 ? pattern.length() : end + 1;
                continue;
            }
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            out.append(field(c, run));
            i += run;
        }
        return out.toString();
    }

    /** Whether the layout has a two-digit year, which DuckDB and DataSage place in different centuries. */
    static boolean twoDigitYear(String pattern) {
        return pattern.contains("yy") && !pattern.contains("yyy");
    }

    private static String field(char letter, int run) {
        switch (letter) {
            case 'y':
            case 'u':
                return run == 2 ? "%y" : "%Y";
            case 'M':
                return run >= 4 ? "%B" : run == 3 ? "%b" : "%m";
            case 'd':
                return "%d";
            case 'H':
                return "%H";
            case 'h':
                return "%I";
            case 'm':
                return "%M";
            case 's':
                return "%S";
            case 'S':
                return "%g";
            case 'a':
                return "%p";
            case 'X':
            case 'x':
            case 'Z':
                return "%z";
            case '%':
                return "%%".repeat(run);
            default:
                return String.valueOf(letter).repeat(run);
        }
    }
}
