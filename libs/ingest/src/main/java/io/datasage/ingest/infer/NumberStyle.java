package io.datasage.ingest.infer;

/** Which character separates the decimals: {@code 1,234.5} ({@link #POINT}) or {@code 1.234,5} ({@link #COMMA}). */
public enum NumberStyle {
    POINT('.'),
    COMMA(',');

    private final char decimalSeparator;

    NumberStyle(char decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** Characters that may group thousands in this style: the other mark, spaces and the Swiss apostrophe. */
    boolean isGroupSeparator(char c) {
        return c != decimalSeparator && NumberScan.isSeparator(c);
    }
}
