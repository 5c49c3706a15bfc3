package io.datasage.ingest.infer;

/** English month names, full ({@code December}) or abbreviated ({@code Dec}, {@code Sept}), any case. */
final class MonthNames {

    private static final String[] MONTHS = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"
    };

    private MonthNames() {}

    /**
     * Reads a month name (and an optional period after it) at the scanner's position.
     *
     * @return 1..12, negated when the name was written in full; 0 when there is no month name
     */
    static int read(TextScanner scanner) {
        int start = scanner.position();
        int length = scanner.letters();
        if (length < 3 || length > 9) {
            return 0;
        }
        String text = scanner.text();
        for (int m = 0; m < MONTHS.length; m++) {
            String name = MONTHS[m];
            boolean abbreviation = length == 3 || (m == 8 && length == 4);
            if (length <= name.length()
                    && text.regionMatches(true, start, name, 0, length)
                    && (abbreviation || length == name.length())) {
                scanner.expect('.');
                return length > 4 ? -(m + 1) : m + 1;
            }
        }
        return 0;
    }
}
