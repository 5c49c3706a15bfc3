package io.datasage.ai.planner;

import io.datasage.ai.schema.DatasetSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one column-semantics model of DataSage: what each column of a dataset means (role, default aggregation,
 * entity), its headline measure, its time axis and the columns worth grouping by. The planner reads questions
 * with it; the dashboard designer and the insights pick their KPIs and charts with it, so they never disagree.
 */
public final class ColumnSemantics {

    /** More values than this make a column a poor grouping for a bar or pie. */
    private static final int MAX_GROUPS = 50;

    private final SchemaIndex index;
    private final Map<String, ColumnMeaning> columns = new LinkedHashMap<>();

    private ColumnSemantics(SchemaIndex index) {
        this.index = index;
        for (ColumnInfo c : index.columns) {
            columns.put(c.name(), meaning(c));
        }
    }

    /** The semantics of {@code schema} (cached with the planner's per-dataset index). */
    public static ColumnSemantics of(DatasetSchema schema) {
        return new ColumnSemantics(SchemaIndex.of(schema));
    }

    /** Every column, in file order. */
    public List<ColumnMeaning> columns() {
        return List.copyOf(columns.values());
    }

    /** The column with exactly this name. */
    public Optional<ColumnMeaning> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    /** The measure a dataset is about (sales, then profit, quantity, money), when one adds up. */
    public Optional<ColumnMeaning> primaryMeasure() {
        return Optional.ofNullable(index.primaryMeasure).map(c -> columns.get(c.name()));
    }

    /**
     * The measures, most telling first: the primary measure, then the additive ones, then the averaged ones, each
     * in file order. Identifiers, years and yes/no columns are not measures.
     */
    public List<ColumnMeaning> measures() {
        List<ColumnMeaning> out = new ArrayList<>();
        primaryMeasure().ifPresent(out::add);
        columns.values().stream()
                .filter(c -> c.isMeasure() && !out.contains(c))
                .sorted(Comparator.comparing((ColumnMeaning c) -> !c.additive()))
                .forEach(out::add);
        return out;
    }

    /** The date the data is about when none is named (order date over ship date), else an integer year column. */
    public Optional<ColumnMeaning> timeColumn() {
        ColumnInfo time = index.timeColumn();
        return time == null ? Optional.empty() : Optional.of(columns.get(time.name()));
    }

    /** Categories and yes/no columns with 2 to 50 values, in file order: the candidates to group by. */
    public List<ColumnMeaning> groupings() {
        return columns.values().stream()
                .filter(c -> (c.role() == ColumnRole.CATEGORY || c.role() == ColumnRole.BOOLEAN)
                        && c.distinct() >= 2
                        && c.distinct() <= MAX_GROUPS)
                .toList();
    }

    /**
     * The identifier of something the rows are about but that spans several rows (customers of an orders table),
     * worth a distinct count; empty when every entity is one per row.
     */
    public Optional<ColumnMeaning> countedEntity() {
        for (ColumnInfo c : index.columns) {
            if (c.entity() != null && c.role() == ColumnRole.ID && !index.isRowEntity(c) && c.distinct() > 1) {
                return Optional.of(columns.get(c.name()));
            }
        }
        for (ColumnInfo c : index.columns) {
            if (c.entity() != null && c.role() == ColumnRole.LABEL && !index.isRowEntity(c) && c.distinct() > 1) {
                return Optional.of(columns.get(c.name()));
            }
        }
        return Optional.empty();
    }

    /** Measures and yes/no columns by their meaning; anything else is counted. */
    private static String aggregation(ColumnInfo c) {
        return c.isMeasure() || c.role() == ColumnRole.BOOLEAN ? Aggregations.defaultFor(c) : "count";
    }

    private ColumnMeaning meaning(ColumnInfo c) {
        return new ColumnMeaning(
                c.name(),
                c.schema().type(),
                c.schema().unit(),
                c.role(),
                c.additive(),
                aggregation(c),
                c.entity(),
                index.isRowEntity(c),
                c.yes(),
                c.distinct(),
                c.schema().nulls());
    }
}
