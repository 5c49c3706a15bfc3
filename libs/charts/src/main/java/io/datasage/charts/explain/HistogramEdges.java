package io.datasage.charts.explain;

import io.datasage.charts.ColumnType;
import io.datasage.charts.query.DayMath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bin edges a rendered histogram used, read back from its rows, in the column's unit (values, epoch days or
 * epoch milliseconds), and written as SQL: {@code start + i * width} when that formula gives every edge exactly
 * (always for whole units and requested counts), else the edges listed.
 */
final class HistogramEdges {

    private final double[] edges;

    private HistogramEdges(double[] edges) {
        this.edges = edges;
    }

    static HistogramEdges from(List<Map<String, Object>> rows, ColumnType type) {
        if (rows.isEmpty()) {
            return new HistogramEdges(new double[] {0});
        }
        double[] edges = new double[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            edges[i] = value(rows.get(i).get("bin_start"), type);
        }
        edges[rows.size()] = value(rows.get(rows.size() - 1).get("bin_end"), type);
        return new HistogramEdges(edges);
    }

    int count() {
        return edges.length - 1;
    }

    double start() {
        return edges[0];
    }

    double end() {
        return edges[edges.length - 1];
    }

    /** The common width of the bins when every edge is {@code start + i * width}, else NaN. */
    double width() {
        int k = count();
        if (k == 0) {
            return Double.NaN;
        }
        double[] candidates = {(end() - start()) / k, edges[1] - edges[0]};
        for (double w : candidates) {
            if (fits(w, k)) {
                return w;
            }
        }
        return Double.NaN;
    }

    /** The {@code bins(i, bin_start, bin_end)} step. */
    String sql(ColumnType type) {
        int k = count();
        double w = width();
        if (Double.isNaN(w)) {
            return listed(type);
        }
        String lower = edge(type, "i", w);
        boolean lastIsFormula = start() + k * w == end();
        String upper = lastIsFormula
                ? edge(type, "(i + 1)", w)
                : "CASE WHEN i = " + (k - 1) + " THEN " + literal(type, end()) + " ELSE " + edge(type, "(i + 1)", w)
                        + " END";
        return "SELECT i, " + lower + " AS bin_start, " + upper + " AS bin_end\n  FROM range(" + k + ") AS r(i)";
    }

    private boolean fits(double w, int k) {
        for (int i = 0; i < k; i++) {
            if (start() + i * w != edges[i]) {
                return false;
            }
        }
        return true;
    }

    private String edge(ColumnType type, String i, double w) {
        switch (type) {
            case DECIMAL:
                return Sql.dbl(start()) + " + " + i + " * " + Sql.dbl(w);
            case DATE:
                return Sql.date((long) start()) + " + CAST(" + i + " * " + (long) w + " AS INTEGER)";
            case DATETIME:
                return Sql.timestamp((long) start()) + " + to_milliseconds(" + i + " * " + (long) w + ")";
            default:
                return (long) start() + " + " + i + " * " + (long) w;
        }
    }

    private String listed(ColumnType type) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count(); i++) {
            rows.add("(" + i + ", " + literal(type, edges[i]) + ", " + literal(type, edges[i + 1]) + ")");
        }
        return "SELECT * FROM (VALUES " + String.join(",\n    ", rows) + ") AS t(i, bin_start, bin_end)";
    }

    private static String literal(ColumnType type, double value) {
        switch (type) {
            case DECIMAL:
                return Sql.dbl(value);
            case DATE:
                return Sql.date((long) value);
            case DATETIME:
                return Sql.timestamp((long) value);
            default:
                return Long.toString((long) value);
        }
    }

    private static double value(Object edge, ColumnType type) {
        if (edge instanceof Number) {
            return ((Number) edge).doubleValue();
        }
        String text = String.valueOf(edge);
        if (type == ColumnType.DATE) {
            return LocalDate.parse(text).toEpochDay();
        }
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** An edge in words: "2,500", "2024-03-01". */
    String words(ColumnType type, double value) {
        switch (type) {
            case DATE:
                return DayMath.isoDate((long) value);
            case DATETIME:
                return DayMath.isoDateTime((long) value);
            default:
                return io.datasage.charts.figure.NumberText.format(
                        type == ColumnType.DECIMAL ? (Object) value : (Object) (long) value, null);
        }
    }
}
