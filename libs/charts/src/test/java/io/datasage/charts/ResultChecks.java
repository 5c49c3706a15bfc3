package io.datasage.charts;

import static io.datasage.charts.TestTable.quote;

import io.datasage.contracts.chart.ChartSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares every number of a {@link ChartResult} with DuckDB's answer to the equivalent SQL. */
final class ResultChecks {

    static final double RELATIVE = ChartValues.RELATIVE;
    static final double MAGNITUDE = 1e-11;

    private final SqlOracle sql;
    private final ChartResult result;
    private final ChartSpec spec;
    private final ChartOptions options;
    private final String context;
    private final String where;

    ResultChecks(SqlOracle sql, ChartResult result, ChartOptions options, String context) {
        this.sql = sql;
        this.result = result;
        this.spec = result.spec();
        this.options = options;
        this.context = context;
        this.where = sql.where(spec.filters());
    }

    void run() {
        long matched = ((Number) sql.scalar("SELECT count(*) FROM " + sql.table() + " WHERE " + where)).longValue();
        check(
                result.stats().rowsMatched() == matched,
                "rows matched " + result.stats().rowsMatched() + " != " + matched);
        check(result.stats().rowsScanned() >= matched, "rows scanned");
        check(result.rows().size() <= options.maxRowsReturned(), "rows over maxRowsReturned");
        switch (spec.chartType()) {
            case "pie":
                pie();
                break;
            case "histogram":
                new DistributionChecks(this).histogram();
                break;
            case "box":
                new DistributionChecks(this).box();
                break;
            case "scatter":
                new DistributionChecks(this).scatter();
                break;
            case "kpi":
                kpi();
                break;
            case "heatmap":
                if (spec.x() == null) {
                    new DistributionChecks(this).correlation();
                } else {
                    grouped();
                }
                break;
            case "table":
                if (spec.aggregation() == null) {
                    new DistributionChecks(this).rawTable();
                } else {
                    grouped();
                }
                break;
            default:
                grouped();
        }
    }

    // ---- grouped charts ------------------------------------------------------------------------------------

    /** SQL groups keyed by normalised (x, series): measure values then magnitudes. */
    Map<String, Object[]> sqlGroups(String extraCondition, boolean withSeries) {
        List<String> select = new ArrayList<>();
        select.add(sql.key(spec.x(), spec.timeGrain()));
        boolean series = withSeries && spec.series() != null;
        if (series) {
            select.add(quote(spec.series()));
        }
        for (String y : measureColumns()) {
            select.add(sql.aggregate(spec.aggregation(), y));
        }
        for (String y : measureColumns()) {
            select.add(sql.magnitude(spec.aggregation(), y));
        }
        String condition = where + " AND " + quote(spec.x()) + " IS NOT NULL"
                + (spec.series() != null ? " AND " + quote(spec.series()) + " IS NOT NULL" : "") + extraCondition;
        String query = "SELECT " + String.join(", ", select) + " FROM " + sql.table() + " WHERE " + condition
                + " GROUP BY " + (series ? "1, 2" : "1");
        Map<String, Object[]> groups = new LinkedHashMap<>();
        for (Object[] row : sql.query(query)) {
            String key = ChartValues.norm(row[0]) + (series ? "|" + ChartValues.norm(row[1]) : "");
            Object[] values = new Object[row.length - (series ? 2 : 1)];
            System.arraycopy(row, series ? 2 : 1, values, 0, values.length);
            groups.put(key, values);
        }
        return groups;
    }

    private void grouped() {
        checkXNulls();
        Map<String, Object[]> groups = sqlGroups("", true);
        List<String> measures = measureNames();
        List<Map<String, Object>> rows = result.rows();
        for (Map<String, Object> row : rows) {
            Object[] expected = groups.get(rowKey(row));
            check(expected != null, "engine group " + rowKey(row) + " not in DuckDB's result");
            for (int m = 0; m < measures.size(); m++) {
                compare(
                        row.get(measures.get(m)),
                        expected[m],
                        expected[measures.size() + m],
                        measureColumn(m),
                        "group " + rowKey(row) + " " + measures.get(m));
            }
        }
        check(
                result.stats().groups() == groups.size(),
                "groups " + result.stats().groups() + " != " + groups.size());
        boolean cut = spec.limit() != null || result.stats().truncated();
        if (!cut) {
            check(rows.size() == groups.size(), "row count " + rows.size() + " != " + groups.size());
        }
        if (spec.series() == null) {
            new OrderChecks(this).orderAndTopN(rows, groups);
        } else {
            new OrderChecks(this).seriesTopN(rows);
        }
    }

    private void checkXNulls() {
        long nulls = ((Number) sql.scalar("SELECT count(*) FROM " + sql.table() + " WHERE " + where + " AND "
                        + quote(spec.x()) + " IS NULL"))
                .longValue();
        Long reported = result.stats().nullsSkipped().get(spec.x());
        check(Objects.equals(reported, nulls), "nulls skipped in x: " + reported + " != " + nulls);
    }

    private void pie() {
        Map<String, Object[]> groups = sqlGroups("", true);
        List<Map<String, Object>> rows = result.rows();
        String measure = measureNames().get(0);
        List<Map<String, Object>> named = new ArrayList<>();
        Map<String, Object> other = null;
        for (Map<String, Object> row : rows) {
            if (row.containsKey("others")) {
                other = row;
            } else {
                named.add(row);
            }
        }
        boolean limited = spec.limit() != null && spec.limit() < options.pieMaxSlices();
        int allowed = limited ? spec.limit() : options.pieMaxSlices();
        int expectedNamed = groups.size() > allowed ? (limited ? spec.limit() : allowed - 1) : groups.size();
        check(named.size() == expectedNamed, "pie slices " + named.size() + " != " + expectedNamed);
        check((other != null) == (groups.size() > allowed), "pie Other present: " + (other != null));
        Set<String> kept = new HashSet<>();
        for (Map<String, Object> row : named) {
            Object[] expected = groups.get(ChartValues.norm(row.get(spec.x())));
            check(expected != null, "pie slice " + row + " not in DuckDB");
            compare(row.get(measure), expected[0], expected[1], measureColumn(0), "slice " + row.get(spec.x()));
            kept.add(ChartValues.norm(row.get(spec.x())));
        }
        if (other != null) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal magnitude = BigDecimal.ZERO;
            int folded = 0;
            for (Map.Entry<String, Object[]> group : groups.entrySet()) {
                if (!kept.contains(group.getKey()) && group.getValue()[0] != null) {
                    sum = sum.add(new BigDecimal(group.getValue()[0].toString()));
                    magnitude = magnitude.add(new BigDecimal(group.getValue()[1].toString()));
                }
                folded += kept.contains(group.getKey()) ? 0 : 1;
            }
            check(((Number) other.get("others")).intValue() == folded, "Other folds " + other.get("others"));
            compare(other.get(measure), sum, magnitude, measureColumn(0), "Other");
        }
    }

    private void kpi() {
        String y = measureColumn(0);
        Object[] row = sql.query("SELECT " + sql.aggregate(spec.aggregation(), y) + ", "
                        + sql.magnitude(spec.aggregation(), y) + " FROM " + sql.table() + " WHERE " + where)
                .get(0);
        compare(result.rows().get(0).get(measureNames().get(0)), row[0], row[1], y, "kpi");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    List<String> measureColumns() {
        List<String> columns = new ArrayList<>();
        if (spec.y() == null || spec.y().isEmpty()) {
            columns.add(null);
        } else {
            columns.addAll(spec.y());
        }
        return columns;
    }

    String measureColumn(int index) {
        return measureColumns().get(index);
    }

    List<String> measureNames() {
        Map<String, String> labels = Map.of(
                "sum",
                "Sum",
                "mean",
                "Mean",
                "count",
                "Count",
                "min",
                "Min",
                "max",
                "Max",
                "median",
                "Median",
                "count_distinct",
                "Distinct count");
        List<String> names = new ArrayList<>();
        for (String y : measureColumns()) {
            names.add(y == null ? "Count of rows" : labels.get(spec.aggregation()) + " of " + y);
        }
        return names;
    }

    Object value(Map<String, Object> row) {
        return row.get(measureNames().get(0));
    }

    private String rowKey(Map<String, Object> row) {
        return ChartValues.norm(row.get(spec.x()))
                + (spec.series() != null ? "|" + ChartValues.norm(row.get(spec.series())) : "");
    }

    /** Engine value vs DuckDB value of one aggregate. */
    void compare(Object actual, Object expected, Object magnitude, String column, String what) {
        String label = what + ": engine " + actual + " vs DuckDB " + expected;
        if (expected == null || (expected instanceof Double && ((Double) expected).isNaN())) {
            check(actual == null, label);
            return;
        }
        check(actual != null, label);
        ColumnType type = column == null ? ColumnType.INTEGER : sql.type(column);
        String aggregation = spec.aggregation() == null ? "count" : spec.aggregation();
        boolean exact = aggregation.equals("count")
                || aggregation.equals("count_distinct")
                || (aggregation.equals("sum") && type != ColumnType.DECIMAL)
                || ((aggregation.equals("min") || aggregation.equals("max")) && type != ColumnType.DECIMAL);
        if (exact) {
            BigDecimal a = new BigDecimal(String.valueOf(ChartValues.epochOrNumber(actual)));
            BigDecimal e = new BigDecimal(expected.toString());
            check(a.compareTo(e) == 0, label);
            return;
        }
        double a = ((Number) actual).doubleValue();
        double e = ((Number) expected).doubleValue();
        double scale = magnitude == null ? 0 : ((Number) magnitude).doubleValue();
        double tolerance = RELATIVE * Math.max(Math.abs(a), Math.abs(e)) + MAGNITUDE * scale + 1e-12;
        check(Math.abs(a - e) <= tolerance, label + " (diff " + Math.abs(a - e) + ")");
    }

    /** A statistic (quantile, whisker, mean) within relative tolerance of {@code scale}; counts exactly. */
    void compareStatistic(Object actual, Object expected, double scale, boolean count, String what) {
        String label = what + ": engine " + actual + " vs DuckDB " + expected;
        check(actual != null && expected != null, label);
        double a = ((Number) actual).doubleValue();
        double e = ((Number) expected).doubleValue();
        double tolerance = count ? 0 : RELATIVE * Math.max(scale, Math.max(Math.abs(a), Math.abs(e))) + 1e-12;
        check(Math.abs(a - e) <= tolerance, label);
    }

    void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message + "\n  " + context);
        }
    }

    SqlOracle sql() {
        return sql;
    }

    ChartResult result() {
        return result;
    }

    ChartSpec spec() {
        return spec;
    }

    ChartOptions options() {
        return options;
    }

    String where() {
        return where;
    }
}
