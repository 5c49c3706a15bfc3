package io.datasage.ai.planner;

import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;

/** Writes a chart's title from its spec: "Total Sales by Region (Region = West, 2016)". */
final class Titles {

    private Titles() {}

    static String of(Draft d) {
        String what = measure(d);
        String title;
        switch (d.type) {
            case "kpi" -> title = what;
            case "histogram" -> title = "Distribution of " + name(d.x);
            case "box" -> title = "Spread of " + names(d.y) + (d.x == null ? "" : " by " + name(d.x));
            case "scatter" ->
                title = names(d.y) + " vs " + name(d.x) + (d.series == null ? "" : " by " + name(d.series));
            case "heatmap" ->
                title = d.x == null
                        ? "Correlation between " + names(d.y)
                        : what + " by " + name(d.x) + " and " + name(d.series);
            case "table" ->
                title = d.x != null
                        ? what + " by " + name(d.x)
                        : d.y.isEmpty()
                                ? (d.columns.size() <= 3 ? "Rows of " + names(d.columns) : "Rows")
                                : "Rows of " + names(d.y);
            case "pie" -> title = "Share of " + what + " by " + name(d.x);
            default ->
                title = ranking(d) + what + " by " + axis(d) + (d.series == null ? "" : " and " + name(d.series));
        }
        String filters = filters(d.filters);
        return filters.isEmpty() ? title : title + " (" + filters + ")";
    }

    private static String measure(Draft d) {
        if (d.y.isEmpty() && !d.columns.isEmpty()) {
            return "Rows";
        }
        if ("count".equals(d.aggregation) && !d.y.isEmpty()) {
            // A count of a column counts the rows where it has a value ("Number of Medal values").
            return "Number of " + names(d.y) + " values";
        }
        if ("count".equals(d.aggregation) || (d.y.isEmpty() && d.aggregation == null)) {
            return "Number of rows";
        }
        if ("count_distinct".equals(d.aggregation)) {
            return "Number of distinct " + names(d.y);
        }
        String agg = Aggregations.word(d.aggregation);
        return (agg.isEmpty() ? "" : agg + " ") + names(d.y);
    }

    private static String ranking(Draft d) {
        if (d.limit == null || d.sortOrder == null) {
            return "";
        }
        return ("asc".equals(d.sortOrder) ? "Bottom " : "Top ") + d.limit + ": ";
    }

    private static String axis(Draft d) {
        if (d.x == null) {
            return "measure";
        }
        if (d.grain != null && d.x.isTime()) {
            return Character.toUpperCase(d.grain.charAt(0)) + d.grain.substring(1) + " (" + d.x.name() + ")";
        }
        return d.x.name();
    }

    private static String name(ColumnInfo c) {
        return c == null ? "" : c.name();
    }

    private static String names(List<ColumnInfo> cols) {
        List<String> n = new ArrayList<>();
        for (ColumnInfo c : cols) {
            n.add(c.name());
        }
        return n.isEmpty() ? "rows" : String.join(" and ", n);
    }

    private static String filters(List<ChartSpec.Filter> filters) {
        List<String> out = new ArrayList<>();
        for (ChartSpec.Filter f : filters) {
            Object v = f.value();
            if ("between".equals(f.op()) && v instanceof List<?> l && l.size() == 2) {
                String a = String.valueOf(l.get(0));
                String b = String.valueOf(l.get(1));
                if (a.length() >= 10
                        && b.length() >= 10
                        && a.startsWith(b.substring(0, 4))
                        && a.substring(5, 10).equals("01-01")
                        && b.substring(5, 10).equals("12-31")) {
                    out.add(a.substring(0, 4));
                } else {
                    out.add(f.column() + " " + a + " to " + b);
                }
            } else if ("in".equals(f.op()) && v instanceof List<?> l) {
                out.add(f.column() + " in "
                        + l.stream()
                                .map(String::valueOf)
                                .reduce((x, y) -> x + ", " + y)
                                .orElse(""));
            } else {
                out.add(f.column() + " " + f.op() + " " + v);
            }
        }
        return String.join(", ", out);
    }
}
