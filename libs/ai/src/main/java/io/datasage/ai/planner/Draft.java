package io.datasage.ai.planner;

import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;

/** A chart spec being put together: mutable, then frozen into a {@link ChartSpec}. */
final class Draft {

    String type;
    ColumnInfo x;
    final List<ColumnInfo> y = new ArrayList<>();
    ColumnInfo series;
    String aggregation;
    String grain;
    final List<ChartSpec.Filter> filters = new ArrayList<>();
    String sortBy;
    String sortOrder;
    Integer limit;
    Integer bins;
    String title;
    /** Raw rows of these columns (tables without aggregation). */
    final List<ColumnInfo> columns = new ArrayList<>();

    /** A table of the rows themselves (the first 100 that pass the filters), showing {@code shown}. */
    void rowsOf(List<ColumnInfo> shown) {
        type = "table";
        columns.addAll(shown);
        aggregation = null;
        limit = 100;
    }

    /**
     * Makes the draft drawable whatever edits led to it: a count with nothing to group is a KPI, a histogram needs its
     * column on x, a box its measure on y, limits and bins stay in the contract's range. Returns false when no
     * chart of this type can be drawn from these columns.
     */
    boolean repair() {
        if ("histogram".equals(type) && x == null && !y.isEmpty()) {
            x = y.remove(0);
        }
        if ("box".equals(type) && y.isEmpty() && x != null && x.isNumeric()) {
            y.add(x);
            x = null;
        }
        if ("count_distinct".equals(aggregation)
                && y.size() == 1
                && filters.stream()
                        .anyMatch(f ->
                                "=".equals(f.op()) && f.column().equals(y.get(0).name()))) {
            // Distinct values of a column kept at one value are always one: "how many sessions ended by a fault"
            // counts the rows.
            aggregation = "count";
            y.clear();
        }
        if (x == null && y.isEmpty() && columns.isEmpty() && !"kpi".equals(type)) {
            if (!"count".equals(aggregation)) {
                return false;
            }
            type = "kpi";
            sortBy = null;
            sortOrder = null;
            limit = null;
        }
        if ("scatter".equals(type) && (x == null || y.isEmpty())) {
            type = x == null ? "kpi" : "bar";
        }
        if (("pie".equals(type) || "line".equals(type) || "area".equals(type)) && x == null) {
            type = "bar";
        }
        if ("kpi".equals(type)) {
            x = null;
            series = null;
            grain = null;
        }
        if (limit != null) {
            limit = Math.max(1, Math.min(10_000, limit));
        }
        if (bins != null) {
            bins = Math.max(1, Math.min(500, bins));
        }
        return true;
    }

    ChartSpec toSpec() {
        List<String> ys = new ArrayList<>();
        for (ColumnInfo c : y) {
            ys.add(c.name());
        }
        for (ColumnInfo c : columns) {
            if (!ys.contains(c.name())) {
                ys.add(c.name());
            }
        }
        ChartSpec.Sort sort = sortOrder == null ? null : new ChartSpec.Sort(sortBy == null ? "y" : sortBy, sortOrder);
        return new ChartSpec(
                type,
                x == null ? null : x.name(),
                ys.isEmpty() ? null : List.copyOf(ys),
                series == null ? null : series.name(),
                aggregation,
                grain,
                filters.isEmpty() ? null : List.copyOf(filters),
                sort,
                limit,
                bins,
                null,
                title);
    }
}
