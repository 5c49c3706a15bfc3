package io.datasage.charts.figure;

import io.datasage.charts.ChartOptions;
import io.datasage.charts.ChartResult;
import io.datasage.charts.ChartStats;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.data.ColumnData;
import io.datasage.charts.data.TableData;
import io.datasage.charts.query.FilterSet;
import io.datasage.charts.spec.ChartPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one render works with (table, plan, options, compiled filters) and what it reports (stats, notes). */
public final class RenderContext {

    private final TableData table;
    private final ChartOptions options;
    private final FilterSet filters;
    private ChartPlan plan;
    private long rowsScanned;
    private long rowsMatched;
    private final Map<String, Long> nulls = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int groups;
    private boolean sampled;
    private boolean truncated;
    private Integer bins;

    public RenderContext(TableData table, ChartPlan plan, ChartOptions options) {
        this.table = table;
        this.plan = plan;
        this.options = options;
        this.filters = FilterSet.compile(table, plan.filters());
    }

    public TableData table() {
        return table;
    }

    public ChartPlan plan() {
        return plan;
    }

    public void plan(ChartPlan updated) {
        this.plan = updated;
    }

    public ChartOptions options() {
        return options;
    }

    public FilterSet filters() {
        return filters;
    }

    /** The data of a planned column. */
    public ColumnData column(ColumnInfo info) {
        ColumnData column = info == null ? null : table.column(info.name());
        if (info != null && column == null) {
            throw new IllegalStateException("column '" + info.name() + "' is not in the dataset");
        }
        return column;
    }

    public void scanned(long scanned, long matched) {
        this.rowsScanned = scanned;
        this.rowsMatched = matched;
    }

    /** Records nulls skipped in a column (the largest count wins when a column plays two roles). */
    public void nulls(ColumnInfo column, long count) {
        if (column != null) {
            nulls.merge(column.name(), count, Math::max);
        }
    }

    public void groups(int count) {
        this.groups = count;
    }

    public void sampled() {
        this.sampled = true;
    }

    /** Something was cut; the note says what. */
    public void truncated(String note) {
        this.truncated = true;
        notes.add(note);
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<String> notes() {
        return notes;
    }

    /** The bin count a histogram used, reported in the resolved spec. */
    public void bins(int count) {
        this.bins = count;
    }

    /** Caps rows at {@code maxRowsReturned}, noting it. */
    public List<Map<String, Object>> capRows(List<Map<String, Object>> rows) {
        int max = options.maxRowsReturned();
        if (rows.size() <= max) {
            return rows;
        }
        truncated = true;
        return new ArrayList<>(rows.subList(0, max));
    }

    public ChartResult result(
            String title, Map<String, Object> figure, List<Map<String, Object>> rows, String summary) {
        ChartStats stats = new ChartStats(rowsScanned, rowsMatched, nulls, groups, sampled, truncated, notes);
        return new ChartResult(plan.toSpec(bins, title), figure, rows, summary, stats);
    }
}
