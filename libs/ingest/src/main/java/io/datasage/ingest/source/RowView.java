package io.datasage.ingest.source;

/** The fields of one row as written. */
public interface RowView {

    /** Fields held (at most the column limit + 1). */
    int size();

    /** Fields the row really had, which can exceed {@link #size()} for absurdly wide rows. */
    int totalFields();

    /** The field as written, or null for an empty spreadsheet cell. */
    String get(int index);

    /** The row number a person would look up: the line in a text file, the row in a spreadsheet (1-based). */
    long rowNumber();

    /** Whether every field is empty or spaces (such rows are skipped). */
    default boolean isBlank() {
        for (int i = 0; i < size(); i++) {
            String value = get(i);
            if (value != null) {
                for (int j = 0; j < value.length(); j++) {
                    if (!io.datasage.ingest.infer.Whitespace.isSpace(value.charAt(j))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
