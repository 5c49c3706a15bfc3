package io.datasage.ai.schema;

import java.util.List;
import java.util.Optional;

/**
 * A dataset as the profiler describes it: what the planner and the LLM prompts see instead of the rows.
 *
 * @param name the dataset's display name
 * @param rowCount the number of rows
 * @param columns the columns in file order
 */
public record DatasetSchema(String name, long rowCount, List<ColumnSchema> columns) {

    public DatasetSchema {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** The column with exactly this name. */
    public Optional<ColumnSchema> column(String columnName) {
        for (ColumnSchema c : columns) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The column names in file order. */
    public List<String> columnNames() {
        return columns.stream().map(ColumnSchema::name).toList();
    }
}
