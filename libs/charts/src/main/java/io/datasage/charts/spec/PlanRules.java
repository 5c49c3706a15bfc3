package io.datasage.charts.spec;

import io.datasage.charts.ChartSpecException;
import io.datasage.charts.ColumnInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Second validation step: what each chart type needs from x, y, series and aggregation, the defaults it fills,
 * and the fields it ignores (dropped from the resolved spec, e.g. an aggregation on a scatter). Lenient where an
 * intent is unambiguous (a category given as the only y of a bar becomes x), strict where the numbers would be
 * wrong (a sum over text).
 */
final class PlanRules extends RuleSupport {

    private final ShapeRules shapes;

    PlanRules(ColumnCatalog catalog) {
        super(catalog);
        this.shapes = new ShapeRules(catalog);
    }

    ChartPlan apply(SpecReader.Fields f) throws ChartSpecException {
        switch (f.type) {
            case HISTOGRAM:
                return shapes.histogram(f);
            case BOX:
                return shapes.box(f);
            case HEATMAP:
                return shapes.heatmap(f);
            case SCATTER:
                return shapes.scatter(f);
            case KPI:
                return kpi(f);
            case TABLE:
                return table(f);
            default:
                return grouped(f);
        }
    }

    private ChartPlan grouped(SpecReader.Fields f) throws ChartSpecException {
        List<ColumnInfo> y = new ArrayList<>(f.y);
        ColumnInfo x = f.x;
        if (x == null && !y.isEmpty() && !y.get(0).type().isNumeric()) {
            x = y.remove(0);
        }
        if (x == null) {
            throw new ChartSpecException(
                    f.type.wireName() + " needs x, the column to group by" + example(c -> !c.isNumeric()));
        }
        if (f.type == ChartType.PIE) {
            if (f.series != null) {
                throw new ChartSpecException("pie cannot split by series '" + f.series.name()
                        + "'; use stacked_bar to show " + x.name() + " by " + f.series.name());
            }
            if (y.size() > 1) {
                throw new ChartSpecException("pie shows one measure; pick one of " + names(y) + " as y");
            }
        }
        checkSeries(x, f.series);
        checkGrain(x, f.grain);
        Aggregation aggregation = aggregation(f.aggregation, y);
        if (f.type == ChartType.PIE && !aggregation.isAdditive()) {
            throw new ChartSpecException("pie shows shares of a total, so it needs sum or count, not "
                    + aggregation.wireName() + "; use bar for the " + aggregation.wireName() + " per " + x.name());
        }
        SortSpec sort = f.type == ChartType.PIE ? new SortSpec(true, true) : sort(f, x, y, defaultSort(x));
        return plan(f, x, y, f.series, aggregation, f.grain, sort, f.limit, null, false);
    }

    private ChartPlan kpi(SpecReader.Fields f) throws ChartSpecException {
        if (f.y.size() > 1) {
            throw new ChartSpecException("kpi shows one number; pick one of " + names(f.y) + " as y");
        }
        List<ColumnInfo> y = !f.y.isEmpty() ? f.y : f.x != null ? List.of(f.x) : List.of();
        Aggregation aggregation = aggregation(f.aggregation, y);
        // With a measure and a date x, the number is the latest period's, compared with the period before.
        ColumnInfo period = !f.y.isEmpty() && f.x != null && f.x.type().isTemporal() ? f.x : null;
        return plan(f, period, y, null, aggregation, period == null ? null : f.grain, null, null, null, false);
    }

    private ChartPlan table(SpecReader.Fields f) throws ChartSpecException {
        List<ColumnInfo> y = new ArrayList<>(f.y);
        if (f.aggregation == null) {
            y.remove(f.x);
            y.remove(f.series);
            if (f.x == null && y.isEmpty() && f.series == null) {
                throw new ChartSpecException("table needs at least one column" + example(c -> true));
            }
            SortSpec sort = f.sort == null ? null : sort(f, f.x, y, null);
            if (sort != null && (sort.byY() ? y.isEmpty() : f.x == null)) {
                sort = null;
            }
            return plan(f, f.x, y, f.series, null, null, sort, f.limit, null, false);
        }
        if (f.x != null) {
            checkSeries(f.x, f.series);
            checkGrain(f.x, f.grain);
        }
        // A series with no x is the one grouping: its groups are the table's rows.
        ColumnInfo x = f.x == null ? f.series : f.x;
        ColumnInfo series = f.x == null ? null : f.series;
        Aggregation aggregation = aggregation(f.aggregation, y);
        SortSpec sort = x == null ? null : sort(f, x, y, defaultSort(x));
        return plan(f, x, y, series, aggregation, f.x == null ? null : f.grain, sort, f.limit, null, false);
    }
}
