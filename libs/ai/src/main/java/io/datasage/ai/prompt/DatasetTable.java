package io.datasage.ai.prompt;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dataset as the prompt shows it: one line per column with its quoted name, type, unit and key statistics
 * (range of numbers and dates, distinct count and a few quoted values of categories). Detail levels trade
 * values for room: 0 shows up to 5 values per category, 1 shows 2, 2 none; a column limit below the column count
 * keeps first the columns whose names share the most words with the question.
 */
final class DatasetTable {

    static final int MAX_DETAIL = 2;
    private static final int[] CATEGORY_VALUES = {5, 2, 0};
    private static final int[] TEXT_VALUES = {2, 0, 0};
    private static final int VALUE_CHARS = 30;
    private static final int NAME_CHARS = 80;

    private DatasetTable() {}

    static String render(DatasetSchema schema, int detail, int maxColumns, String question) {
        StringBuilder out = new StringBuilder();
        out.append("Table ")
                .append(PromptText.quote(schema.name(), NAME_CHARS))
                .append(", ")
                .append(String.format(Locale.ROOT, "%,d", schema.rowCount()))
                .append(" rows. Columns (name|type|facts):\n");
        List<ColumnSchema> columns =
                maxColumns < schema.columns().size() ? namedFirst(schema.columns(), question) : schema.columns();
        int shown = Math.min(columns.size(), maxColumns);
        for (int i = 0; i < shown; i++) {
            out.append(line(columns.get(i), detail)).append('\n');
        }
        if (shown < columns.size()) {
            out.append("(").append(columns.size() - shown).append(" more columns not shown)\n");
        }
        return out.toString();
    }

    private static String line(ColumnSchema c, int detail) {
        StringBuilder line = new StringBuilder(PromptText.quote(c.name(), NAME_CHARS))
                .append('|')
                .append(c.type());
        if (c.unit() != null && !c.unit().isBlank()) {
            line.append(' ').append(PromptText.quote(c.unit(), 5));
        }
        if ((c.isNumeric() || c.isTemporal()) && c.min() != null && c.max() != null) {
            line.append('|').append(bound(c.min())).append("..").append(bound(c.max()));
        } else if (c.isCategorical()) {
            int values = "text".equals(c.type()) ? TEXT_VALUES[detail] : CATEGORY_VALUES[detail];
            if (c.distinct() > 0 && !"boolean".equals(c.type())) {
                line.append('|').append(c.distinct()).append(" distinct");
            }
            List<String> top = c.topValues();
            if (values > 0 && !top.isEmpty()) {
                line.append(c.distinct() > 0 && !"boolean".equals(c.type()) ? ": " : "|");
                for (int i = 0; i < Math.min(values, top.size()); i++) {
                    line.append(i == 0 ? "" : ",").append(PromptText.quote(top.get(i), VALUE_CHARS));
                }
                if (top.size() > values) {
                    line.append(",…");
                }
            }
        }
        return line.toString();
    }

    /** The columns ordered by how many words of their name the question uses (most first), then in file order. */
    private static List<ColumnSchema> namedFirst(List<ColumnSchema> columns, String question) {
        Set<String> asked = new HashSet<>(Arrays.asList(words(question == null ? "" : question)));
        List<ColumnSchema> ordered = new ArrayList<>(columns);
        ordered.sort(Comparator.comparingInt((ColumnSchema c) -> -shared(c.name(), asked)));
        return ordered;
    }

    private static int shared(String name, Set<String> asked) {
        int count = 0;
        for (String w : words(name)) {
            if (w.length() > 2 && asked.contains(w)) {
                count++;
            }
        }
        return count;
    }

    private static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    }

    /** A min or max: numbers and ISO dates as they are, anything else quoted. */
    private static String bound(String value) {
        String v = value.strip();
        return v.matches("-?[0-9][0-9.eE+:T\\-]{0,30}") ? v : PromptText.quote(v, VALUE_CHARS);
    }
}
