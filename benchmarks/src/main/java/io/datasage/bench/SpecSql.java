package io.datasage.bench;

import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The DuckDB SQL an analyst would write for the chart specs the dashboard designer produces (KPIs, group-bys,
 * time grains, histograms, sampled scatters, stacked groups, quantile boxes, top-N and first-rows tables), over a
 * table {@code t} loaded from the same CSV.
 */
final class SpecSql {

    private static final int DEFAULT_BINS = 20;
    private static final int SCATTER_SAMPLE = 5000;

    private SpecSql() {}

    /** The query for {@code spec}. */
    static String of(ChartSpec spec) {
        String type = spec.chartType().toLowerCase(Locale.ROOT);
        String where = where(spec, notNull(spec.x()));
        switch (type) {
            case "kpi":
                if (spec.x() != null && spec.y() != null && !spec.y().isEmpty()) {
                    // The latest period and the one before it.
                    String period = spec.timeGrain() == null ? "month" : spec.timeGrain();
                    return "SELECT date_trunc('" + period + "', " + q(spec.x()) + ") k, "
                            + aggregate(spec, first(spec.y())) + " FROM t" + where
                            + " GROUP BY 1 ORDER BY 1 DESC LIMIT 2";
                }
                return "SELECT " + aggregate(spec, first(spec.y())) + " FROM t" + where(spec, List.of());
            case "line":
            case "area":
                String grain = spec.timeGrain() == null ? "month" : spec.timeGrain();
                return "SELECT date_trunc('" + grain + "', " + q(spec.x()) + ") k, " + aggregate(spec, first(spec.y()))
                        + " FROM t" + where + " GROUP BY 1 ORDER BY 1";
            case "histogram":
                int bins = spec.bins() == null ? DEFAULT_BINS : spec.bins();
                String x = q(spec.x());
                return "WITH b AS (SELECT min(" + x + ") lo, max(" + x + ") hi FROM t" + where
                        + ") SELECT least(floor(("
                        + x + " - lo) / ((hi - lo) / " + bins + ")), " + (bins - 1) + ") k, count(*) FROM t, b" + where
                        + " GROUP BY 1 ORDER BY 1";
            case "scatter":
                return "SELECT " + q(spec.x()) + ", " + q(first(spec.y())) + " FROM t TABLESAMPLE " + SCATTER_SAMPLE
                        + " ROWS" + where(spec, List.of(spec.x(), first(spec.y())));
            case "box":
                String y = q(first(spec.y()));
                return "SELECT " + q(spec.x()) + ", quantile_cont(" + y + ", [0.25, 0.5, 0.75]), min(" + y + "), max("
                        + y + ") FROM t" + where + " GROUP BY 1";
            case "stacked_bar":
            case "grouped_bar":
                return "SELECT " + q(spec.x()) + ", " + q(spec.series()) + ", " + aggregate(spec, first(spec.y()))
                        + " FROM t" + where(spec, List.of(spec.x(), spec.series())) + " GROUP BY 1, 2";
            case "table":
                if (spec.x() == null) {
                    return "SELECT " + spec.columns().stream().map(SpecSql::q).collect(Collectors.joining(", "))
                            + " FROM t LIMIT " + (spec.limit() == null ? 100 : spec.limit());
                }
                return grouped(spec, where);
            default:
                return grouped(spec, where);
        }
    }

    /** The spec with the histogram clip of a tile's display applied, as the service renders it. */
    static ChartSpec clipped(ChartSpec s, double clipAbove) {
        List<ChartSpec.Filter> filters = new ArrayList<>(s.filters() == null ? List.of() : s.filters());
        filters.add(new ChartSpec.Filter(s.x(), "<=", clipAbove));
        return new ChartSpec(
                s.chartType(),
                s.x(),
                s.y(),
                s.series(),
                s.aggregation(),
                s.timeGrain(),
                filters,
                s.sort(),
                s.limit(),
                s.bins(),
                s.columns(),
                s.title());
    }

    private static String grouped(ChartSpec spec, String where) {
        List<String> ys = spec.y() == null || spec.y().isEmpty() ? java.util.Collections.singletonList(null) : spec.y();
        String measures = ys.stream().map(y -> aggregate(spec, y)).collect(Collectors.joining(", "));
        String order = spec.sort() != null && "y".equals(spec.sort().by()) ? " ORDER BY 2 DESC" : " ORDER BY 1";
        return "SELECT " + q(spec.x()) + ", " + measures + " FROM t" + where + " GROUP BY 1" + order
                + (spec.limit() == null ? "" : " LIMIT " + spec.limit());
    }

    private static String aggregate(ChartSpec spec, String y) {
        String agg = spec.aggregation() == null ? (y == null ? "count" : "sum") : spec.aggregation();
        if (y == null) {
            return "count(*)";
        }
        switch (agg) {
            case "mean":
                return "avg(" + q(y) + ")";
            case "count_distinct":
                return "count(DISTINCT " + q(y) + ")";
            case "median":
                return "median(" + q(y) + ")";
            default:
                return agg + "(" + q(y) + ")";
        }
    }

    private static String where(ChartSpec spec, List<String> notNull) {
        List<String> terms = new ArrayList<>();
        notNull.stream().filter(c -> c != null).forEach(c -> terms.add(q(c) + " IS NOT NULL"));
        if (spec.filters() != null) {
            for (ChartSpec.Filter f : spec.filters()) {
                Object v = f.value();
                String literal = v instanceof Number
                        ? v.toString()
                        : "'" + String.valueOf(v).replace("'", "''") + "'";
                terms.add(q(f.column()) + " " + f.op() + " " + literal);
            }
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static List<String> notNull(String column) {
        return column == null ? List.of() : List.of(column);
    }

    private static String first(List<String> ys) {
        return ys == null || ys.isEmpty() ? null : ys.get(0);
    }

    private static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
