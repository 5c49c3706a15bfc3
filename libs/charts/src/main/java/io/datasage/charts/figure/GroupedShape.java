package io.datasage.charts.figure;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.query.GroupBy;
import io.datasage.charts.query.Groups;
import io.datasage.charts.query.KeyEncoder;
import io.datasage.charts.query.Measure;
import io.datasage.charts.query.TimeGrains;
import io.datasage.charts.query.ValueRange;
import io.datasage.charts.spec.Aggregation;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.SortSpec;
import io.datasage.charts.spec.TimeGrain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the filtered rows by x (and series), aggregates every y, then orders and cuts the groups the way the
 * chart shows them: sort, limit (top-N; with series the x values are ranked by their aggregate over all series),
 * the series cap (the series with the most rows), the group cap, and x order for line and area.
 */
public final class GroupedShape {

    private final Groups groups;
    private final List<Integer> xIds;
    private final List<Integer> seriesIds;
    private final Map<Long, Integer> cells;
    private final List<Integer> allGroups;

    private GroupedShape(
            Groups groups,
            List<Integer> xIds,
            List<Integer> seriesIds,
            Map<Long, Integer> cells,
            List<Integer> allGroups) {
        this.groups = groups;
        this.xIds = xIds;
        this.seriesIds = seriesIds;
        this.cells = cells;
        this.allGroups = allGroups;
    }

    /** Runs the aggregation of {@code ctx}'s plan; {@code displayByX} re-orders the kept groups by x (line, area). */
    public static GroupedShape build(RenderContext ctx, boolean displayByX) {
        return build(ctx, displayByX, true);
    }

    /** As {@link #build(RenderContext, boolean)}; {@code cut == false} keeps every group (no limit, no caps). */
    public static GroupedShape build(RenderContext ctx, boolean displayByX, boolean cut) {
        pickGrain(ctx);
        ChartPlan plan = ctx.plan();
        KeyEncoder x = plan.x() == null ? null : KeyEncoder.of(ctx.column(plan.x()), plan.grain());
        KeyEncoder series = plan.series() == null ? null : KeyEncoder.of(ctx.column(plan.series()), null);
        List<Measure> measures = measures(ctx);
        Groups groups = new GroupBy(ctx.table(), ctx.filters(), x, series, measures).run();
        ctx.scanned(groups.rowsScanned(), groups.rowsMatched());
        if (x != null) {
            ctx.nulls(plan.x(), x.nulls());
        }
        if (series != null) {
            ctx.nulls(plan.series(), series.nulls());
        }
        for (int i = 0; i < plan.y().size(); i++) {
            ctx.nulls(plan.y().get(i), measures.get(i).nulls());
        }
        List<Integer> all = groups.ids();
        return series == null ? single(ctx, groups, all, displayByX, cut) : withSeries(ctx, groups, all, displayByX);
    }

    /** One measure per y (count of rows when there is no y). */
    static List<Measure> measures(RenderContext ctx) {
        ChartPlan plan = ctx.plan();
        List<Measure> measures = new ArrayList<>();
        for (ColumnInfo y : plan.y()) {
            measures.add(Measure.of(plan.aggregation(), ctx.column(y)));
        }
        if (measures.isEmpty()) {
            measures.add(Measure.of(Aggregation.COUNT, null));
        }
        return measures;
    }

    /** Fills in the time grain of a date x from the span of the filtered dates. */
    static void pickGrain(RenderContext ctx) {
        ChartPlan plan = ctx.plan();
        if (plan.x() == null || !plan.x().type().isTemporal() || plan.grain() != null) {
            return;
        }
        ValueRange.Days range = ValueRange.ofDays(ctx.table(), ctx.filters(), ctx.column(plan.x()));
        TimeGrain grain = range.count() == 0 ? TimeGrain.DAY : TimeGrains.forSpan(range.max() - range.min());
        ctx.plan(plan.withGrain(grain));
    }

    private static GroupedShape single(
            RenderContext ctx, Groups groups, List<Integer> all, boolean displayByX, boolean cut) {
        List<Integer> ordered = new ArrayList<>(all);
        ordered.sort(order(groups, ctx.plan().sort()));
        ctx.groups(ordered.size());
        List<Integer> kept = cut ? cut(ctx, ordered, displayByX ? groups.byX() : null) : ordered;
        Map<Long, Integer> cells = new HashMap<>();
        List<Integer> xIds = new ArrayList<>();
        for (int g : kept) {
            xIds.add(groups.xId(g));
            cells.put(cell(groups.xId(g), -1), g);
        }
        return new GroupedShape(groups, xIds, List.of(), cells, all);
    }

    private static GroupedShape withSeries(RenderContext ctx, Groups groups, List<Integer> all, boolean displayByX) {
        ChartPlan plan = ctx.plan();
        Map<Integer, Boolean> seen = new HashMap<>();
        List<Integer> xGroups = new ArrayList<>();
        for (int g : all) {
            if (seen.putIfAbsent(groups.xId(g), Boolean.TRUE) == null) {
                xGroups.add(groups.xId(g));
            }
        }
        SortSpec sort = plan.sort();
        KeyEncoder x = groups.x();
        Comparator<Integer> xOrder = (a, b) -> x.compare(a, b);
        if (sort != null && sort.byY()) {
            xOrder = XTotals.order(ctx, groups, sort.descending());
        } else if (sort != null && sort.descending()) {
            xOrder = xOrder.reversed();
        }
        xGroups.sort(xOrder);
        ctx.groups(all.size());
        List<Integer> xIds = cut(ctx, xGroups, displayByX ? (a, b) -> x.compare(a, b) : null);
        Map<Integer, Boolean> keptX = new HashMap<>();
        xIds.forEach(id -> keptX.put(id, Boolean.TRUE));
        Map<Integer, Long> seriesRows = new HashMap<>();
        Map<Long, Integer> cells = new HashMap<>();
        for (int g : all) {
            if (keptX.containsKey(groups.xId(g))) {
                seriesRows.merge(groups.seriesId(g), groups.rows(g), Long::sum);
                cells.put(cell(groups.xId(g), groups.seriesId(g)), g);
            }
        }
        List<Integer> seriesIds = new ArrayList<>(seriesRows.keySet());
        int maxSeries = ctx.options().maxSeries();
        if (seriesIds.size() > maxSeries) {
            seriesIds.sort((a, b) -> Long.compare(seriesRows.get(b), seriesRows.get(a)));
            ctx.truncated("showing the " + maxSeries + " " + plan.series().name() + " values with the most rows of "
                    + seriesIds.size());
            seriesIds = new ArrayList<>(seriesIds.subList(0, maxSeries));
        }
        KeyEncoder series = groups.series();
        seriesIds.sort(series::compare);
        return new GroupedShape(groups, xIds, seriesIds, cells, all);
    }

    private static Comparator<Integer> order(Groups groups, SortSpec sort) {
        if (sort == null) {
            return groups.byX();
        }
        if (sort.byY()) {
            return groups.byMeasure(0, sort.descending());
        }
        return sort.descending() ? groups.byX().reversed() : groups.byX();
    }

    /** Applies limit and the group cap, then the display order. */
    private static List<Integer> cut(RenderContext ctx, List<Integer> ordered, Comparator<Integer> display) {
        List<Integer> kept = ordered;
        Integer limit = ctx.plan().limit();
        if (limit != null && kept.size() > limit) {
            kept = kept.subList(0, limit);
        }
        int max = ctx.options().maxGroups();
        if (kept.size() > max) {
            ctx.truncated("showing the first " + max + " of " + kept.size() + " groups");
            kept = kept.subList(0, max);
        }
        kept = new ArrayList<>(kept);
        if (display != null) {
            kept.sort(display);
        }
        return kept;
    }

    private static long cell(int xId, int seriesId) {
        return ((long) xId << 32) | (seriesId & 0xFFFFFFFFL);
    }

    public Groups groups() {
        return groups;
    }

    /** Kept x key ids in display order. */
    public List<Integer> xIds() {
        return xIds;
    }

    /** Kept series key ids in display order (empty without series). */
    public List<Integer> seriesIds() {
        return seriesIds;
    }

    public boolean hasSeries() {
        return groups.series() != null;
    }

    /** The group of a cell, or null when that combination has no rows. */
    public Integer group(int xId, int seriesId) {
        return cells.get(cell(xId, seriesId));
    }

    /** Kept groups in display order: by x, then by series. */
    public List<Integer> displayed() {
        List<Integer> out = new ArrayList<>();
        for (int xId : xIds) {
            if (!hasSeries()) {
                out.add(group(xId, -1));
                continue;
            }
            for (int seriesId : seriesIds) {
                Integer g = group(xId, seriesId);
                if (g != null) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    /** Every group with rows, before sort, limit and caps. */
    public List<Integer> allGroups() {
        return allGroups;
    }
}
