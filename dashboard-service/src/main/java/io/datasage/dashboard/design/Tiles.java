package io.datasage.dashboard.design;

import io.datasage.ai.planner.ColumnMeaning;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The designer's tiles: KPIs, charts of different kinds (each showing something else) and one table. */
final class Tiles {

    private static final int MAX_CHARTS = 6;
    private static final int TABLE_ROWS = 10;

    private final NumericStats stats;

    Tiles(NumericStats stats) {
        this.stats = stats;
    }

    /**
     * Records, the entity count, then totals or averages of the key measures: 3-4 KPIs. With a date column that
     * spans two periods or more, a measure's KPI is its latest month (or week, or day) with the change against the
     * one before.
     */
    List<ComponentPlan> kpis(
            List<ColumnMeaning> measures, Optional<ColumnMeaning> entity, Optional<ColumnMeaning> time) {
        List<ComponentPlan> out = new ArrayList<>();
        out.add(ComponentPlan.of("kpi", "Records", 1, spec("kpi", null, null, "count")));
        entity.ifPresent(e ->
                out.add(ComponentPlan.of("kpi", Titles.plural(e), 1, spec("kpi", null, e.name(), "count_distinct"))));
        String grain = time.map(t -> periodGrain(stats.spanDays(t.name()))).orElse(null);
        for (ColumnMeaning m : measures) {
            if (out.size() >= 4) {
                break;
            }
            String agg = aggregation(m);
            if (grain == null) {
                out.add(ComponentPlan.of("kpi", Titles.kpi(agg, m.name()), 1, spec("kpi", null, m.name(), agg)));
                continue;
            }
            ChartSpec period = new ChartSpec(
                    "kpi", time.get().name(), ys(m.name()), null, agg, grain, null, null, null, null, null, null);
            out.add(ComponentPlan.of("kpi", Titles.periodKpi(grain, agg, m.name()), 1, period));
        }
        return out;
    }

    /** The period a KPI compares: month over two months of dates or more, week over two weeks, day over two days. */
    static String periodGrain(Double spanDays) {
        if (spanDays == null || spanDays < 1) {
            return null;
        }
        return spanDays >= 59 ? "month" : spanDays >= 13 ? "week" : "day";
    }

    /** Up to 6 charts: trend, main breakdown, share, distribution, relationship, composition, spread. */
    List<ComponentPlan> charts(
            List<ColumnMeaning> measures, List<ColumnMeaning> dimensions, Optional<ColumnMeaning> time) {
        List<ComponentPlan> charts = new ArrayList<>();
        ColumnMeaning m1 = measures.isEmpty() ? null : measures.get(0);
        ColumnMeaning d1 = dimensions.isEmpty() ? null : dimensions.get(0);
        ColumnMeaning d2 = dimensions.size() > 1 ? dimensions.get(1) : null;
        String agg1 = m1 == null ? "count" : aggregation(m1);
        String y1 = m1 == null ? null : m1.name();
        String label = m1 == null ? "Records" : m1.name();
        time.ifPresent(t -> charts.add(chart(label + " over time", spec("line", t.name(), y1, agg1))));
        if (d1 != null) {
            ChartSpec bar = new ChartSpec(
                    "bar",
                    d1.name(),
                    ys(y1),
                    null,
                    agg1,
                    null,
                    null,
                    new ChartSpec.Sort("y", "desc"),
                    10,
                    null,
                    null,
                    null);
            charts.add(chart(label + " by " + d1.name(), bar));
            ColumnMeaning share = d2 != null ? d2 : d1;
            boolean sum = "sum".equals(agg1);
            charts.add(chart(
                    "Share of " + (sum ? m1.name() : "records") + " by " + share.name(),
                    spec("pie", share.name(), sum ? y1 : null, sum ? "sum" : "count")));
        }
        if (m1 != null) {
            charts.add(histogram(m1));
        }
        if (measures.size() > 1) {
            ColumnMeaning m2 = measures.get(1);
            ChartSpec scatter = new ChartSpec(
                    "scatter",
                    m1.name(),
                    List.of(m2.name()),
                    d1 != null && d1.distinct() <= 8 ? d1.name() : null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            charts.add(chart(m2.name() + " vs " + m1.name(), scatter));
        }
        if (d1 != null && d2 != null && m1 != null) {
            ChartSpec stacked = new ChartSpec(
                    "stacked_bar",
                    d1.name(),
                    List.of(m1.name()),
                    d2.name(),
                    agg1,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            charts.add(chart(m1.name() + " by " + d1.name() + " and " + d2.name(), stacked));
        }
        if (d1 != null && m1 != null) {
            ComponentPlan box = chart(m1.name() + " spread by " + d1.name(), spec("box", d1.name(), m1.name(), null));
            Double min = stats.stat(m1.name(), "min");
            boolean skewed = stats.skewed(m1.name());
            charts.add(skewed && min != null && min > 0 ? box.withDisplay(new Display("log", null)) : box);
        }
        return charts.subList(0, Math.min(MAX_CHARTS, charts.size()));
    }

    /** The top groups of the main breakdown with the key measures, or the first rows when there is nothing to group. */
    ComponentPlan table(List<ColumnMeaning> measures, List<ColumnMeaning> dimensions, List<ColumnMeaning> facts) {
        if (!dimensions.isEmpty() && !measures.isEmpty()) {
            ColumnMeaning d = dimensions.get(0);
            // One aggregation serves every column: a price is not summed beside sales, it is left out.
            String agg = aggregation(measures.get(0));
            List<String> ys = measures.stream()
                    .filter(m -> agg.equals(aggregation(m)))
                    .limit(3)
                    .map(ColumnMeaning::name)
                    .toList();
            ChartSpec top = new ChartSpec(
                    "table",
                    d.name(),
                    ys,
                    null,
                    agg,
                    null,
                    null,
                    new ChartSpec.Sort("y", "desc"),
                    TABLE_ROWS,
                    null,
                    null,
                    null);
            int rows = (int) Math.min(TABLE_ROWS, d.distinct());
            return table("Top " + d.name() + " by " + measures.get(0).name(), top, rows);
        }
        List<String> columns = facts.stream().limit(6).map(ColumnMeaning::name).toList();
        ChartSpec first =
                new ChartSpec("table", null, null, null, null, null, null, null, TABLE_ROWS, null, columns, null);
        return table("First rows", first, TABLE_ROWS);
    }

    /** A histogram; a skewed measure's is clipped at its 99th percentile (the tile says how many were left out). */
    private ComponentPlan histogram(ColumnMeaning m) {
        ComponentPlan h = chart("Distribution of " + m.name(), spec("histogram", m.name(), null, null));
        Double p99 = stats.quantile(m.name(), "p99");
        return stats.skewed(m.name()) && p99 != null ? h.withDisplay(new Display(null, p99)) : h;
    }

    /** A table tile as tall as its rows need (about 6 rows per grid row, plus the header). */
    private static ComponentPlan table(String title, ChartSpec spec, int rows) {
        return ComponentPlan.of("table", Titles.fit(title, Titles.CHART), 4, spec)
                .withHeight(Math.max(1, (int) Math.ceil((rows + 1) / 6.0)));
    }

    private static ComponentPlan chart(String title, ChartSpec spec) {
        return ComponentPlan.of("chart", Titles.fit(title, Titles.CHART), 2, spec);
    }

    /** Sum for additive measures (sales), mean for the rest (price, rate), as the column's meaning says. */
    static String aggregation(ColumnMeaning m) {
        return "sum".equals(m.aggregation()) ? "sum" : "mean";
    }

    private static List<String> ys(String y) {
        return y == null ? null : List.of(y);
    }

    private static ChartSpec spec(String type, String x, String y, String aggregation) {
        return new ChartSpec(type, x, ys(y), null, aggregation, null, null, null, null, null, null, null);
    }
}
