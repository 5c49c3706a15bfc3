package io.datasage.ai.planner;

import io.datasage.ai.planner.Question.Dim;
import io.datasage.ai.planner.Question.DimRole;
import io.datasage.ai.planner.Question.Filter;
import io.datasage.ai.planner.Question.Measure;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;

/** The single edits a follow-up makes to the previous chart: its filters, measures, groupings, time axis and ranking. */
final class FollowUpEdits {

    private FollowUpEdits() {}

    static boolean startsWith(Question q, Cue cue) {
        return !q.parts.isEmpty() && q.parts.get(0).is(cue);
    }

    static void filters(Question q, Draft d, boolean adding) {
        if (q.has(Cue.REMOVE)) {
            List<ColumnInfo> named = new ArrayList<>();
            q.dims.forEach(x -> named.add(x.column()));
            q.timeMentions.forEach(named::add);
            boolean dates = q.saidWord("year", "years", "date", "dates", "time", "period");
            if (named.isEmpty() && !dates) {
                d.filters.clear();
            } else {
                d.filters.removeIf(f -> named.stream().anyMatch(c -> c.name().equals(f.column()))
                        || (dates
                                && q.index.column(f.column()) != null
                                && q.index.column(f.column()).isTime()));
            }
            if (q.measures.isEmpty()) {
                q.dims.clear();
                q.timeMentions.clear();
            }
        }
        for (Filter f : q.filters) {
            String col = f.column().name();
            boolean merge = adding && "=".equals(f.op());
            if (merge) {
                List<Object> values = new ArrayList<>();
                for (ChartSpec.Filter old : d.filters) {
                    if (old.column().equals(col) && "=".equals(old.op())) {
                        values.add(old.value());
                    } else if (old.column().equals(col) && "in".equals(old.op()) && old.value() instanceof List<?> l) {
                        values.addAll(l);
                    }
                }
                if (!values.isEmpty()) {
                    values.add(f.value());
                    d.filters.removeIf(
                            old -> old.column().equals(col) && ("=".equals(old.op()) || "in".equals(old.op())));
                    d.filters.add(new ChartSpec.Filter(col, "in", List.copyOf(values)));
                    continue;
                }
            }
            d.filters.removeIf(old -> old.column().equals(col) && replaces(f, old));
            d.filters.add(new ChartSpec.Filter(col, f.op(), f.value()));
        }
    }

    /** Whether the new filter {@code f} takes the place of {@code old} on the same column. */
    private static boolean replaces(Filter f, ChartSpec.Filter old) {
        if (f.column().isTime()) {
            return true;
        }
        String n = f.op();
        String o = old.op();
        boolean newEq = "=".equals(n) || "in".equals(n);
        boolean oldEq = "=".equals(o) || "in".equals(o);
        if (newEq) {
            return oldEq || ("!=".equals(o) && String.valueOf(old.value()).equals(String.valueOf(f.value())));
        }
        if ("!=".equals(n)) {
            return oldEq && String.valueOf(old.value()).equals(String.valueOf(f.value()));
        }
        if ("contains".equals(n)) {
            return "contains".equals(o);
        }
        if (oldEq || "!=".equals(o) || "contains".equals(o)) {
            return false;
        }
        return n.charAt(0) == o.charAt(0) || "between".equals(n) || "between".equals(o);
    }

    static void measures(Question q, Draft d, boolean adding) {
        if (q.measures.isEmpty()) {
            if (q.countAsked && !"histogram".equals(d.type)) {
                d.y.clear();
                ChartFamilies.measureOrCount(q, d);
            } else if (q.agg != null
                    && !d.y.isEmpty()
                    && !"count".equals(d.aggregation)
                    && !"count_distinct".equals(d.aggregation)) {
                d.aggregation = q.agg;
                if ("box".equals(d.type) && d.x != null) {
                    // "average not total" after a spread of shirts by driver: the average per driver, as bars.
                    d.type = "bar";
                }
            } else if (q.agg != null && "histogram".equals(d.type) && d.x != null && d.x.isMeasure()) {
                // "average, not the distribution" of one measure: that one number.
                d.type = "kpi";
                d.y.clear();
                d.y.add(d.x);
                d.x = null;
                d.aggregation = q.agg;
            }
            return;
        }
        List<ColumnInfo> fresh = new ArrayList<>();
        for (Measure m : q.measures) {
            fresh.add(m.column());
        }
        switch (d.type) {
            case "histogram" -> d.x = fresh.get(0);
            case "scatter" -> {
                if (fresh.size() >= 2) {
                    d.x = fresh.get(0);
                    d.y.clear();
                    d.y.add(fresh.get(1));
                } else {
                    d.y.clear();
                    d.y.add(fresh.get(0));
                }
            }
            default -> {
                String keep = d.aggregation;
                if (!adding) {
                    d.y.clear();
                }
                for (ColumnInfo c : fresh) {
                    if (!d.y.contains(c)) {
                        d.y.add(c);
                    }
                }
                boolean explicit = q.measures.get(0).agg() != null || q.agg != null;
                d.aggregation = !explicit && ("min".equals(keep) || "max".equals(keep) || "median".equals(keep))
                        ? keep
                        : Aggregations.of(q.measures.get(0), q);
                if ("box".equals(d.type) || "histogram".equals(d.type)) {
                    d.aggregation = null;
                }
            }
        }
    }

    static void dims(Question q, Draft d, boolean adding, boolean instead) {
        List<Dim> dims = ChartChooser.orderedDims(q);
        if (dims.isEmpty()) {
            return;
        }
        ColumnInfo c = dims.get(0).column();
        if (c.isMeasure() && d.x != null && !d.x.isTime() && "y".equals(d.sortBy) && !d.y.isEmpty()) {
            // "what about by quantity" after a ranking: rank by that measure.
            d.y.clear();
            d.y.add(c);
            d.aggregation = Aggregations.defaultFor(c);
            return;
        }
        // "break it down by silo instead" on a chart without series: the new grouping replaces the old one.
        boolean replacing = instead && d.series == null;
        boolean toSeries = dims.get(0).role() == DimRole.SERIES && !replacing || (adding && !instead);
        if (d.x != null && d.x.isTime() && !instead && !"box".equals(d.type)) {
            toSeries = true;
        }
        if (instead
                && d.x != null
                && d.x.isTime()
                && dims.get(0).role() == DimRole.SERIES
                && q.grain != null
                && !c.isTime()) {
            // "by month instead and split by line" on faults per week: the grain is what is replaced; the split is
            // added.
            toSeries = true;
        }
        if (instead && d.x != null && d.x.isTime() && d.series != null && !c.isTime() && dims.size() == 1) {
            // "now by patch instead" on visits per month split by funder: the lines' grouping is what is replaced.
            toSeries = true;
        }
        if ("scatter".equals(d.type)) {
            d.series = c;
            return;
        }
        if ("histogram".equals(d.type) && d.x.additive() && !q.has(Cue.DIST) && !q.has(Cue.OUTLIER)) {
            // "rtv value", then "by vendor": an amount shown alone, then split, is its total per vendor; its spread
            // per vendor only when asked.
            d.type = "bar";
            d.y.clear();
            d.y.add(d.x);
            d.x = c;
            d.aggregation = Aggregations.defaultFor(d.y.get(0));
            d.bins = null;
            return;
        }
        if ("histogram".equals(d.type)) {
            d.type = "box";
            d.y.clear();
            d.y.add(d.x);
            d.x = c;
            return;
        }
        if (toSeries && d.x != null && d.x != c) {
            d.series = c;
            if ("bar".equals(d.type) || "pie".equals(d.type) || "table".equals(d.type)) {
                d.type = q.stacked ? "stacked_bar" : "grouped_bar";
            }
            return;
        }
        d.x = c;
        d.grain = null;
        if (dims.size() > 1) {
            d.series = dims.get(1).column();
        } else if (d.series == c) {
            // "now by item area instead" where item area split the bars: one grouping left, no longer a split.
            d.series = null;
            if ("grouped_bar".equals(d.type) || "stacked_bar".equals(d.type)) {
                d.type = d.y.size() > 1 ? "grouped_bar" : "bar";
            }
        }
        if ("kpi".equals(d.type) || "line".equals(d.type) || "area".equals(d.type)) {
            d.type = d.series != null || d.y.size() > 1 ? "grouped_bar" : "bar";
        }
    }

    static void time(Question q, Draft d, boolean adding, boolean instead) {
        if (!q.wantsTime() && q.grain == null) {
            return;
        }
        ColumnInfo t = !q.timeMentions.isEmpty()
                ? q.timeMentions.get(0)
                : !q.timeHints.isEmpty()
                        ? q.timeHints.get(0)
                        : d.x != null && d.x.isTime() ? d.x : q.index.timeColumn();
        if (t == null) {
            return;
        }
        if (d.x != t) {
            if (adding && !instead && d.x != null && !d.x.isTime()) {
                // "by year instead" replaces the grouping; "over time" alone keeps it as the lines.
                d.series = d.x;
            }
            d.x = t;
            if (!"area".equals(d.type) && !"bar".equals(q.chart)) {
                d.type = "line";
            }
        }
        if (t.role() == ColumnRole.DATE) {
            d.grain = q.grain != null ? q.grain : d.grain != null ? d.grain : TimeGrains.defaultFor(t, List.of());
        }
        d.sortBy = null;
        d.sortOrder = null;
        d.limit = null;
    }

    static void ranking(Question q, Draft d) {
        if (q.has(Cue.SHOWALL)) {
            d.limit = null;
        }
        if (q.limit != null || q.rankOrder != null || (q.has(Cue.RANK) && q.sortOrder == null)) {
            d.sortBy = "y";
            d.sortOrder = q.rankOrder == null ? "desc" : q.rankOrder;
            if (q.limit != null) {
                d.limit = q.limit;
            }
        }
        if (q.sortOrder != null) {
            ChartWords.sort(q, d);
        }
    }

    static void fix(Draft d) {
        if ("bar".equals(d.type) && d.y.size() > 1) {
            d.type = "grouped_bar";
        }
        if ("pie".equals(d.type) && d.y.size() > 1) {
            d.type = "grouped_bar";
        }
        if ("kpi".equals(d.type) && d.x != null) {
            d.type = "bar";
        }
        if (("grouped_bar".equals(d.type) || "stacked_bar".equals(d.type)) && d.series == null && d.y.size() < 2) {
            d.type = "bar";
        }
    }
}
