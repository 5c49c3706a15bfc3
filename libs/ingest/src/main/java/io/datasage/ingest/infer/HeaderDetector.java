package io.datasage.ingest.infer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the first row is a header from the first rows of the file.
 *
 * <p>A header is a first row with no numbers, dates or booleans in it, above rows that have numbers, dates or booleans
 * in at least one of the same columns. When every column holds text, the first row is a header if its values are
 * distinct and none of them appears again below it in its column (the way names differ from data).
 */
public final class HeaderDetector {

    private static final double TYPED_SHARE = 0.8;

    private final NullTokens nullTokens;
    private final NumberParser numbers = new NumberParser();
    private final TemporalParser dates = new TemporalParser();

    public HeaderDetector(NullTokens nullTokens) {
        this.nullTokens = nullTokens;
    }

    /** @param rows the first rows, as written (null or missing fields allowed) */
    public boolean hasHeader(List<String[]> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        String[] first = rows.get(0);
        int filled = 0;
        Set<String> distinct = new HashSet<>();
        for (int column = 0; column < first.length; column++) {
            String value = first[column] == null ? "" : Whitespace.trim(first[column]);
            if (nullTokens.isNull(value)) {
                continue;
            }
            if (numbers.parse(value) || dates.parse(value) != 0) {
                return false;
            }
            // "t", "y", "n" are fine column names; they only read as data above a boolean column.
            if (BooleanParser.parse(value) != BooleanParser.NOT_BOOLEAN && booleanBelow(rows, column)) {
                return false;
            }
            filled++;
            distinct.add(value.toLowerCase(Locale.ROOT));
        }
        if (filled == 0) {
            return false;
        }
        if (rows.size() == 1) {
            return true;
        }
        boolean anyTypedColumn = false;
        boolean repeated = false;
        for (int column = 0; column < first.length; column++) {
            anyTypedColumn |= typedBelow(rows, column);
            repeated |= repeatsBelow(rows, column, first[column]);
        }
        return anyTypedColumn || (distinct.size() == filled && !repeated);
    }

    private boolean typed(String value) {
        return numbers.parse(value)
                || dates.parse(value) != 0
                || BooleanParser.parse(value) != BooleanParser.NOT_BOOLEAN;
    }

    private boolean booleanBelow(List<String[]> rows, int column) {
        int values = 0;
        int booleans = 0;
        for (int r = 1; r < rows.size(); r++) {
            String value = trimmedValue(rows.get(r), column);
            if (value != null) {
                values++;
                if (BooleanParser.parse(value) != BooleanParser.NOT_BOOLEAN) {
                    booleans++;
                }
            }
        }
        return values == 0 || booleans >= values * TYPED_SHARE;
    }

    private boolean typedBelow(List<String[]> rows, int column) {
        int values = 0;
        int typed = 0;
        for (int r = 1; r < rows.size(); r++) {
            String value = trimmedValue(rows.get(r), column);
            if (value != null) {
                values++;
                if (typed(value)) {
                    typed++;
                }
            }
        }
        return values > 0 && typed >= values * TYPED_SHARE;
    }

    private boolean repeatsBelow(List<String[]> rows, int column, String header) {
        if (header == null || Whitespace.trim(header).isEmpty()) {
            return false;
        }
        String name = Whitespace.trim(header);
        for (int r = 1; r < rows.size(); r++) {
            if (name.equals(trimmedValue(rows.get(r), column))) {
                return true;
            }
        }
        return false;
    }

    private String trimmedValue(String[] row, int column) {
        if (column >= row.length || row[column] == null) {
            return null;
        }
        String value = Whitespace.trim(row[column]);
        return nullTokens.isNull(value) ? null : value;
    }
}
