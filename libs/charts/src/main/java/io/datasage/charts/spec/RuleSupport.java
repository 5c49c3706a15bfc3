package io.datasage.charts.spec;

import io.datasage.charts.ChartSpecException;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;
import java.util.List;

/** What the chart rules share: aggregation and grain checks, sort defaults, examples for messages. */
abstract class RuleSupport {

    protected final ColumnCatalog catalog;

    RuleSupport(ColumnCatalog catalog) {
        this.catalog = catalog;
    }

    protected ChartPlan plan(
            SpecReader.Fields f,
            ColumnInfo x,
            List<ColumnInfo> y,
            ColumnInfo series,
            Aggregation aggregation,
            TimeGrain grain,
            SortSpec sort,
            Integer limit,
            Integer bins,
            boolean correlation) {
        TimeGrain effectiveGrain = x != null && x.type().isTemporal() ? grain : null;
        return new ChartPlan(
                f.type, x, y, series, aggregation, effectiveGrain, f.filters, sort, limit, bins, f.title, correlation);
    }

    protected Aggregation aggregation(Aggregation given, List<ColumnInfo> y) throws ChartSpecException {
        Aggregation aggregation = given;
        if (aggregation == null) {
            boolean numeric = !y.isEmpty() && y.stream().allMatch(c -> c.type().isNumeric());
            aggregation = numeric ? Aggregation.SUM : Aggregation.COUNT;
        }
        for (ColumnInfo column : y) {
            if (!aggregation.accepts(column.type())) {
                throw new ChartSpecException(aggregationMismatch(aggregation, column));
            }
        }
        return aggregation;
    }

    protected String aggregationMismatch(Aggregation aggregation, ColumnInfo column) {
        boolean dates = aggregation == Aggregation.MIN || aggregation == Aggregation.MAX;
        String verb;
        switch (aggregation) {
            case SUM:
                verb = "sum";
                break;
            case MEAN:
                verb = "average";
                break;
            default:
                verb = "take the " + aggregation.wireName() + " of";
        }
        String fits = catalog.namesWhere(t -> aggregation.accepts(t) && t != ColumnType.BOOLEAN, 5);
        String why = aggregation.wireName() + " needs a " + (dates ? "numeric or date" : "numeric") + " column";
        return "cannot " + verb + " '" + column.name() + "' (" + column.type() + "): " + why
                + (fits == null
                        ? "; this dataset has none, use count or count_distinct"
                        : " such as " + fits + "; use count or count_distinct to count " + column.name() + " values");
    }

    protected void checkGrain(ColumnInfo x, TimeGrain grain) throws ChartSpecException {
        if (grain != null && !x.type().isTemporal()) {
            String dates = catalog.namesWhere(ColumnType::isTemporal, 5);
            throw new ChartSpecException("time_grain '" + grain.wireName() + "' needs a date x; '" + x.name() + "' is "
                    + x.type() + (dates == null ? "" : " (date columns: " + dates + ")"));
        }
    }

    protected static void checkSeries(ColumnInfo x, ColumnInfo series) throws ChartSpecException {
        if (series != null && series.equals(x)) {
            throw new ChartSpecException("series must be a different column than x ('" + x.name() + "')");
        }
    }

    /** Categories are ranked by value (largest first); time and numbers keep their natural order. */
    protected static SortSpec defaultSort(ColumnInfo x) {
        boolean ordered = x.type().isTemporal() || x.type().isNumeric();
        return ordered ? new SortSpec(false, false) : new SortSpec(true, true);
    }

    protected SortSpec sort(SpecReader.Fields f, ColumnInfo x, List<ColumnInfo> y, SortSpec fallback)
            throws ChartSpecException {
        if (f.sort == null || (f.sort.by() == null && f.sort.order() == null)) {
            return fallback;
        }
        Boolean byY = null;
        String by = f.sort.by() == null ? null : f.sort.by().trim();
        if (by == null || by.isEmpty()) {
            byY = fallback != null ? fallback.byY() : Boolean.FALSE;
        } else if (by.equalsIgnoreCase("x") || (x != null && by.equalsIgnoreCase(x.name()))) {
            byY = false;
        } else if (by.equalsIgnoreCase("y")
                || by.equalsIgnoreCase("value")
                || y.stream().anyMatch(c -> c.name().equalsIgnoreCase(by))) {
            byY = true;
        } else {
            throw new ChartSpecException("unknown sort.by '" + by + "'; use x or y");
        }
        Boolean descending = SpecReader.descending(f.sort.order());
        if (descending == null) {
            descending = byY;
        }
        return new SortSpec(byY, descending);
    }

    protected String example(java.util.function.Predicate<ColumnType> kind) {
        String names = catalog.namesWhere(kind, 5);
        return names == null ? "" : " (e.g. " + names + ")";
    }

    protected String numericHint() {
        String numeric = catalog.namesWhere(ColumnType::isNumeric, 5);
        return numeric == null ? "; this dataset has no numeric columns" : "; numeric columns: " + numeric;
    }

    protected static String names(List<ColumnInfo> columns) {
        StringBuilder out = new StringBuilder();
        for (ColumnInfo column : columns) {
            out.append(out.length() == 0 ? "" : ", ").append(column.name());
        }
        return out.toString();
    }
}
