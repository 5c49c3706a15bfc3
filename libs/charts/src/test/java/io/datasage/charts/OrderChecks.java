package io.datasage.charts;

import io.datasage.contracts.chart.ChartSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Order and top-N checks of grouped results: sorted as resolved, and the kept groups really are the top ones. */
final class OrderChecks {

    private static final double RELATIVE = ChartValues.RELATIVE;

    private final ResultChecks checks;
    private final ChartSpec spec;

    OrderChecks(ResultChecks checks) {
        this.checks = checks;
        this.spec = checks.spec();
    }

    void orderAndTopN(List<Map<String, Object>> rows, Map<String, Object[]> groups) {
        ChartSpec.Sort sort = spec.sort();
        if (sort == null) {
            return;
        }
        boolean byY = sort.by().equals("y");
        boolean descending = sort.order().equals("desc");
        boolean lineLike = spec.chartType().equals("line") || spec.chartType().equals("area");
        List<String> keys = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            keys.add(ChartValues.norm(row.get(spec.x())));
        }
        if (lineLike) {
            for (int i = 1; i < rows.size(); i++) {
                checks.check(
                        ChartValues.compareKeys(
                                        rows.get(i - 1).get(spec.x()),
                                        rows.get(i).get(spec.x()))
                                < 0,
                        "line not in x order");
            }
        } else if (!checks.result().stats().truncated()) {
            for (int i = 1; i < rows.size(); i++) {
                int c = byY
                        ? ChartValues.compareValues(
                                checks.value(rows.get(i - 1)), checks.value(rows.get(i)), descending)
                        : ChartValues.compareKeys(
                                        rows.get(i - 1).get(spec.x()),
                                        rows.get(i).get(spec.x()))
                                * (descending ? -1 : 1);
                checks.check(c <= 0, "rows not sorted by " + sort.by() + " " + sort.order() + " at " + i);
            }
        }
        if (spec.limit() == null
                || groups.size() <= spec.limit()
                || checks.result().stats().truncated()) {
            return;
        }
        checks.check(rows.size() == spec.limit(), "limit " + spec.limit() + " but " + rows.size() + " rows");
        Set<String> kept = new HashSet<>(keys);
        List<Map.Entry<String, Object[]>> excluded = new ArrayList<>();
        for (Map.Entry<String, Object[]> group : groups.entrySet()) {
            if (!kept.contains(group.getKey())) {
                excluded.add(group);
            }
        }
        if (byY) {
            Double worstKept = null;
            boolean keptNull = false;
            for (Map<String, Object> row : rows) {
                Double v = ChartValues.number(checks.value(row));
                keptNull |= v == null;
                if (v != null && (worstKept == null || (descending ? v < worstKept : v > worstKept))) {
                    worstKept = v;
                }
            }
            for (Map.Entry<String, Object[]> group : excluded) {
                Double v = ChartValues.number(group.getValue()[0]);
                if (v == null) {
                    continue;
                }
                checks.check(!keptNull, "a null group was kept over " + group.getKey());
                double tolerance = RELATIVE * Math.abs(v) + 1e-9;
                checks.check(
                        descending ? v <= worstKept + tolerance : v >= worstKept - tolerance,
                        "group " + group.getKey() + " (" + v + ") should have made the top " + spec.limit());
            }
        } else {
            List<String> all = new ArrayList<>(groups.keySet());
            List<Object> typed = typedKeys(all);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> ChartValues.compareKeys(typed.get(a), typed.get(b)) * (descending ? -1 : 1));
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < spec.limit(); i++) {
                expected.add(all.get(order.get(i)));
            }
            checks.check(expected.equals(kept), "top " + spec.limit() + " by x: expected " + expected + " got " + kept);
        }
    }

    /** With series and a limit, the kept x values are the top ones by their aggregate over all series. */
    void seriesTopN(List<Map<String, Object>> rows) {
        Set<String> keptX = new HashSet<>();
        for (Map<String, Object> row : rows) {
            keptX.add(ChartValues.norm(row.get(spec.x())));
        }
        if (spec.limit() == null || checks.result().stats().truncated()) {
            return;
        }
        Map<String, Object[]> totals = checks.sqlGroups("", false);
        checks.check(
                keptX.size() == Math.min(spec.limit(), totals.size()),
                "series chart keeps " + keptX.size() + " x values");
        if (!spec.sort().by().equals("y")) {
            return;
        }
        boolean descending = spec.sort().order().equals("desc");
        Double worst = null;
        for (String x : keptX) {
            Double v = ChartValues.number(totals.get(x)[0]);
            if (v != null && (worst == null || (descending ? v < worst : v > worst))) {
                worst = v;
            }
        }
        for (Map.Entry<String, Object[]> total : totals.entrySet()) {
            Double v = ChartValues.number(total.getValue()[0]);
            if (keptX.contains(total.getKey()) || v == null || worst == null) {
                continue;
            }
            double tolerance = RELATIVE * Math.abs(v) + 1e-9;
            checks.check(
                    descending ? v <= worst + tolerance : v >= worst - tolerance,
                    "x " + total.getKey() + " (" + v + ") should rank in the top " + spec.limit());
        }
    }

    private List<Object> typedKeys(List<String> keys) {
        ColumnType type = checks.sql().type(spec.x());
        List<Object> typed = new ArrayList<>();
        for (String key : keys) {
            typed.add(type.isNumeric() ? (Object) new BigDecimal(key).doubleValue() : key);
        }
        return typed;
    }
}
