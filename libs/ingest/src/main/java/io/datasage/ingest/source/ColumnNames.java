package io.datasage.ingest.source;

import java.util.List;

/** Names a column in an error message: its header name once known, else its 1-based position. */
final class ColumnNames {

    private List<String> names = List.of();

    void set(List<String> names) {
        this.names = List.copyOf(names);
    }

    String describe(int index) {
        return index < names.size() ? "column '" + names.get(index) + "'" : "column " + (index + 1);
    }
}
