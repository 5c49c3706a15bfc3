package io.datasage.charts;

import static io.datasage.charts.TestTable.quote;

import io.datasage.contracts.chart.ChartSpec;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The checks of histogram, box, scatter, correlation and raw table results against DuckDB. */
final class DistributionChecks {

    private final ResultChecks checks;
    private final SqlOracle sql;
    private final ChartResult result;
    private final ChartSpec spec;

    DistributionChecks(ResultChecks checks) {
        this.checks = checks;
        this.sql = checks.sql();
        this.result = checks.result();
        this.spec = checks.spec();
    }

    void histogram() {
        String x = quote(spec.x());
        ColumnType type = sql.type(spec.x());
        List<Map<String, Object>> rows = result.rows();
        long total = ((Number) sql.scalar("SELECT count(" + x + ") FROM " + sql.table() + " WHERE " + checks.where()))
                .longValue();
        long counted = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            boolean last = i == rows.size() - 1;
            String low = literal(type, row.get("bin_start"));
            String high = literal(type, row.get("bin_end"));
            long expected = ((Number) sql.scalar("SELECT count(*) FROM " + sql.table() + " WHERE " + checks.where()
                            + " AND " + x + " >= " + low + " AND " + x + (last ? " <= " : " < ") + high))
                    .longValue();
            long actual = ((Number) row.get("count")).longValue();
            checks.check(actual == expected, "bin " + row + ": DuckDB counts " + expected);
            counted += actual;
            if (i > 0) {
                checks.check(
                        row.get("bin_start").equals(rows.get(i - 1).get("bin_end")), "bins not contiguous at " + i);
            }
        }
        if (rows.size() == checks.options().maxRowsReturned()) {
            return;
        }
        checks.check(counted == total, "histogram counts " + counted + " of " + total + " values");
        if (spec.bins() != null && total > 0 && type == ColumnType.DECIMAL) {
            Object[] range = sql.query(
                            "SELECT min(" + x + "), max(" + x + ") FROM " + sql.table() + " WHERE " + checks.where())
                    .get(0);
            int expectedBins = ((Number) range[0]).doubleValue() == ((Number) range[1]).doubleValue() ? 1 : spec.bins();
            checks.check(rows.size() == expectedBins, "requested " + spec.bins() + " bins, got " + rows.size());
        }
    }

    void box() {
        String group = spec.x() == null ? "1" : sql.key(spec.x(), spec.timeGrain());
        for (String y : spec.y()) {
            String v = "CAST(" + quote(y) + " AS DOUBLE)";
            String base = "SELECT " + group + " AS k, " + v + " AS v FROM " + sql.table() + " WHERE " + checks.where()
                    + (spec.x() == null ? "" : " AND " + quote(spec.x()) + " IS NOT NULL") + " AND " + quote(y)
                    + " IS NOT NULL";
            String query =
                    "WITH base AS (" + base + "), q AS (SELECT k, quantile_cont(v, 0.25) q1, quantile_cont(v, 0.5) med,"
                            + " quantile_cont(v, 0.75) q3, count(*) n, min(v) mn, max(v) mx, avg(v) mean FROM base GROUP BY k)"
                            + " SELECT q.*, (SELECT min(v) FROM base b WHERE b.k = q.k AND b.v >= q1 - 1.5 * (q3 - q1)),"
                            + " (SELECT max(v) FROM base b WHERE b.k = q.k AND b.v <= q3 + 1.5 * (q3 - q1)),"
                            + " (SELECT count(*) FROM base b WHERE b.k = q.k AND (b.v < q1 - 1.5 * (q3 - q1) OR b.v > q3 + 1.5 * (q3 - q1)))"
                            + " FROM q";
            Map<String, Object[]> expected = new java.util.HashMap<>();
            for (Object[] row : sql.query(query)) {
                expected.put(spec.x() == null ? "1" : ChartValues.norm(row[0]), row);
            }
            int seen = 0;
            for (Map<String, Object> row : result.rows()) {
                if (!row.get("column").equals(y)) {
                    continue;
                }
                seen++;
                String key = spec.x() == null ? "1" : ChartValues.norm(row.get(spec.x()));
                Object[] e = expected.get(key);
                checks.check(e != null, "box " + key + " not in DuckDB");
                String[] names = {
                    "q1", "median", "q3", "n", "min", "max", "mean", "lower_whisker", "upper_whisker", "outliers"
                };
                double scale =
                        Math.max(Math.abs(((Number) e[5]).doubleValue()), Math.abs(((Number) e[6]).doubleValue()));
                for (int i = 0; i < names.length; i++) {
                    boolean count = names[i].equals("n") || names[i].equals("outliers");
                    checks.compareStatistic(row.get(names[i]), e[i + 1], scale, count, "box " + key + " " + names[i]);
                }
            }
            if (!result.stats().truncated()
                    && spec.limit() == null
                    && result.rows().size() < checks.options().maxRowsReturned()) {
                checks.check(seen == expected.size(), "boxes of " + y + ": " + seen + " != " + expected.size());
            }
        }
    }

    void scatter() {
        List<String> ys = spec.y();
        List<String> anyY = new ArrayList<>();
        ys.forEach(y -> anyY.add(quote(y) + " IS NOT NULL"));
        String condition = checks.where() + " AND " + quote(spec.x()) + " IS NOT NULL"
                + (spec.series() != null ? " AND " + quote(spec.series()) + " IS NOT NULL" : "")
                + " AND (" + String.join(" OR ", anyY) + ")";
        long points = ((Number) sql.scalar("SELECT count(*) FROM " + sql.table() + " WHERE " + condition)).longValue();
        checks.check(
                result.stats().groups() == points,
                "scatter points " + result.stats().groups() + " != " + points);
        boolean sampled = points > checks.options().scatterMaxPoints();
        checks.check(
                result.stats().sampled() == sampled,
                "sampled flag " + result.stats().sampled());
        long expectedRows = Math.min(
                Math.min(points, checks.options().scatterMaxPoints()),
                checks.options().maxRowsReturned());
        checks.check(
                result.rows().size() == expectedRows,
                "scatter rows " + result.rows().size() + " != " + expectedRows);
        List<String> columns = new ArrayList<>();
        columns.add(spec.x());
        columns.addAll(ys);
        if (spec.series() != null) {
            columns.add(spec.series());
        }
        List<String> select = new ArrayList<>();
        columns.forEach(c -> select.add(quote(c)));
        List<Object[]> all = sql.query("SELECT " + String.join(", ", select) + " FROM " + sql.table() + " WHERE "
                + condition + " ORDER BY __rid");
        java.util.Set<String> existing = new java.util.HashSet<>();
        all.forEach(row -> existing.add(rowText(row, columns)));
        for (int i = 0; i < result.rows().size(); i++) {
            Map<String, Object> row = result.rows().get(i);
            Object[] values = new Object[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                values[c] = row.get(columns.get(c));
            }
            String text = rowText(values, columns);
            if (sampled) {
                checks.check(existing.contains(text), "sampled point " + text + " is not in the data");
            } else {
                checks.check(
                        text.equals(rowText(all.get(i), columns)),
                        "point " + i + ": " + text + " != " + rowText(all.get(i), columns));
            }
        }
        if (sampled) {
            checks.check(result.figure().toString().contains("sample"), "figure does not say it is sampled");
        }
    }

    void correlation() {
        for (Map<String, Object> row : result.rows()) {
            String a = quote((String) row.get("column_a"));
            String b = quote((String) row.get("column_b"));
            Object[] e = sql.query("SELECT corr(CAST(" + a + " AS DOUBLE), CAST(" + b + " AS DOUBLE)), count(" + a
                            + " + 0 * " + b + ") FROM " + sql.table() + " WHERE " + checks.where())
                    .get(0);
            Object r = row.get("correlation");
            Double expected = e[0] == null || ((Double) e[0]).isNaN() ? null : (Double) e[0];
            checks.check(
                    ((Number) row.get("n")).longValue() == ((Number) e[1]).longValue(), "pairs of " + a + ", " + b);
            if (expected == null) {
                checks.check(r == null, "correlation of " + a + ", " + b + " should be null, is " + r);
            } else {
                checks.check(
                        r != null && Math.abs(((Number) r).doubleValue() - expected) <= 1e-9,
                        "correlation of " + a + ", " + b + ": " + r + " vs " + expected);
            }
        }
        int k = spec.y().size();
        checks.check(
                result.rows().size() == Math.min(checks.options().maxRowsReturned(), k * (k - 1) / 2), "pair count");
    }

    void rawTable() {
        List<String> columns = new ArrayList<>();
        if (spec.x() != null) {
            columns.add(spec.x());
        }
        if (spec.y() != null) {
            columns.addAll(spec.y());
        }
        if (spec.series() != null) {
            columns.add(spec.series());
        }
        List<String> select = new ArrayList<>();
        columns.forEach(c -> select.add(quote(c)));
        String order = "__rid";
        if (spec.sort() != null) {
            String by = spec.sort().by().equals("y") ? spec.y().get(0) : spec.x();
            order = quote(by) + (spec.sort().order().equals("desc") ? " DESC" : " ASC") + " NULLS LAST, __rid";
        }
        int limit =
                Math.min(checks.options().maxRowsReturned(), spec.limit() == null ? Integer.MAX_VALUE : spec.limit());
        List<Object[]> expected = sql.query("SELECT " + String.join(", ", select) + " FROM " + sql.table() + " WHERE "
                + checks.where() + " ORDER BY " + order + " LIMIT " + limit);
        checks.check(
                result.rows().size() == expected.size(),
                "table rows " + result.rows().size() + " != " + expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Object[] values = new Object[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                values[c] = result.rows().get(i).get(columns.get(c));
            }
            checks.check(
                    rowText(values, columns).equals(rowText(expected.get(i), columns)),
                    "table row " + i + ": " + rowText(values, columns) + " != " + rowText(expected.get(i), columns));
        }
    }

    /** A row as comparable text: numbers normalised, dates and timestamps as epoch values. */
    private String rowText(Object[] values, List<String> columns) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            ColumnType type = sql.type(columns.get(c));
            if (value instanceof java.sql.Timestamp) {
                value = ((java.sql.Timestamp) value).toLocalDateTime().toString();
            }
            if (value instanceof LocalDateTime) {
                value = value.toString();
            }
            if (value != null && type.isTemporal()) {
                String text = value.toString().replace(' ', 'T');
                value = type == ColumnType.DATE
                        ? LocalDate.parse(text.substring(0, 10)).toEpochDay()
                        : ChartValues.epochOrNumber(text.contains("T") ? text : text + "T00:00");
            }
            out.append(ChartValues.norm(value)).append(" | ");
        }
        return out.toString();
    }

    private static String literal(ColumnType type, Object edge) {
        switch (type) {
            case DATE:
                return "DATE '" + edge + "'";
            case DATETIME:
                return "TIMESTAMP '" + edge.toString().replace('T', ' ') + "'";
            case INTEGER:
                return edge.toString();
            default:
                return "CAST('" + edge + "' AS DOUBLE)";
        }
    }
}
