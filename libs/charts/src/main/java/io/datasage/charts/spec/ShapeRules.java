package io.datasage.charts.spec;

import io.datasage.charts.ChartSpecException;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;
import java.util.ArrayList;
import java.util.List;

/** The rules of the charts that show distributions rather than groups: histogram, box, heatmap, scatter. */
final class ShapeRules extends RuleSupport {

    ShapeRules(ColumnCatalog catalog) {
        super(catalog);
    }

    ChartPlan histogram(SpecReader.Fields f) throws ChartSpecException {
        ColumnInfo x = f.x;
        if (x == null) {
            if (f.y.size() != 1) {
                throw new ChartSpecException("histogram needs x, the numeric or date column to bin"
                        + example(c -> c.isNumeric() || c.isTemporal()));
            }
            x = f.y.get(0);
        }
        if (!x.type().isNumeric() && !x.type().isTemporal()) {
            String numeric = catalog.namesWhere(c -> c.isNumeric() || c.isTemporal(), 5);
            throw new ChartSpecException("histogram needs a numeric or date column to bin; '" + x.name() + "' is "
                    + x.type() + (numeric == null ? "" : " (numeric or date columns: " + numeric + ")")
                    + "; to count rows per " + x.name() + " use a bar chart");
        }
        return plan(f, x, List.of(), null, null, null, null, null, f.bins, false);
    }

    ChartPlan box(SpecReader.Fields f) throws ChartSpecException {
        List<ColumnInfo> y = new ArrayList<>(f.y);
        ColumnInfo x = f.x;
        if (y.isEmpty() && x != null && x.type().isNumeric()) {
            y.add(x);
            x = null;
        }
        if (y.isEmpty()) {
            throw new ChartSpecException(
                    "box needs y, the numeric column to summarise" + example(ColumnType::isNumeric));
        }
        for (ColumnInfo column : y) {
            if (!column.type().isNumeric()) {
                throw new ChartSpecException(
                        "box needs numeric y; '" + column.name() + "' is " + column.type() + numericHint());
            }
        }
        if (x != null) {
            checkGrain(x, f.grain);
        }
        SortSpec sort = x == null ? null : sort(f, x, y, new SortSpec(false, false));
        return plan(f, x, y, null, null, x == null ? null : f.grain, sort, x == null ? null : f.limit, null, false);
    }

    ChartPlan heatmap(SpecReader.Fields f) throws ChartSpecException {
        List<ColumnInfo> y = new ArrayList<>(f.y);
        boolean allNumeric = y.stream().allMatch(c -> c.type().isNumeric());
        if (f.series == null && (f.x == null || f.x.type().isNumeric()) && allNumeric) {
            List<ColumnInfo> columns = new ArrayList<>();
            if (f.x != null) {
                columns.add(f.x);
            }
            for (ColumnInfo column : y) {
                if (!columns.contains(column)) {
                    columns.add(column);
                }
            }
            if (columns.isEmpty()) {
                columns = catalog.where(ColumnType::isNumeric);
            }
            if (columns.size() < 2) {
                throw new ChartSpecException(
                        "a correlation heatmap needs at least two numeric columns" + numericHint());
            }
            return plan(f, null, columns, null, null, null, null, null, null, true);
        }
        ColumnInfo series = f.series;
        if (series == null && !y.isEmpty() && !y.get(0).type().isNumeric()) {
            series = y.remove(0);
        }
        if (f.x == null || series == null) {
            throw new ChartSpecException("heatmap needs x and series (two columns to cross, e.g. region and month) "
                    + "or only numeric columns for a correlation matrix");
        }
        checkSeries(f.x, series);
        checkGrain(f.x, f.grain);
        Aggregation aggregation = aggregation(f.aggregation, y);
        return plan(f, f.x, y, series, aggregation, f.grain, new SortSpec(false, false), null, null, false);
    }

    ChartPlan scatter(SpecReader.Fields f) throws ChartSpecException {
        List<ColumnInfo> y = new ArrayList<>(f.y);
        ColumnInfo x = f.x;
        if (x == null && y.size() >= 2) {
            x = y.remove(0);
        }
        if (x == null || y.isEmpty()) {
            throw new ChartSpecException("scatter needs a numeric x and a numeric y" + example(ColumnType::isNumeric));
        }
        if (!x.type().isNumeric() && !x.type().isTemporal()) {
            throw new ChartSpecException("scatter needs a numeric or date x; '" + x.name() + "' is " + x.type()
                    + "; for values per " + x.name() + " use bar or box");
        }
        for (ColumnInfo column : y) {
            if (!column.type().isNumeric()) {
                throw new ChartSpecException(
                        "scatter needs numeric y; '" + column.name() + "' is " + column.type() + numericHint());
            }
        }
        if (f.series != null && f.series.equals(x)) {
            throw new ChartSpecException("series must be a different column than x ('" + x.name() + "')");
        }
        return plan(f, x, y, f.series, null, null, null, null, null, false);
    }
}
