package io.datasage.ai.answer;

import io.datasage.ai.prompt.Example;
import io.datasage.ai.prompt.Turn;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.charts.ColumnInfo;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import java.util.Objects;

/**
 * Everything known when a question is asked.
 *
 * @param question the user's words
 * @param schema the dataset's profile (what prompts and the planner see)
 * @param columns the dataset's real columns (what specs are validated against)
 * @param previous the conversation's last chart, or null
 * @param history the conversation's earlier messages, oldest first
 * @param examples similar past questions with their specs, best first (validated here before use)
 */
public record ChartQuestion(
        String question,
        DatasetSchema schema,
        List<ColumnInfo> columns,
        ChartSpec previous,
        List<Turn> history,
        List<Example> examples) {

    public ChartQuestion {
        Objects.requireNonNull(schema, "schema");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        history = history == null ? List.of() : List.copyOf(history);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
