package io.datasage.charts.figure;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.query.Groups;
import io.datasage.charts.query.KeyEncoder;
import io.datasage.charts.query.Measure;
import io.datasage.charts.spec.Aggregation;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.ChartType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-line summaries of grouped charts, computed from the result: a trend from the first to the last period
 * for a time x, the leader's share of the total for sums and counts, highest and lowest otherwise.
 */
final class Summaries {

    private Summaries() {}

    static String grouped(RenderContext ctx, GroupedShape shape) {
        ChartPlan plan = ctx.plan();
        Groups groups = shape.groups();
        List<Integer> all = shape.allGroups();
        if (all.isEmpty()) {
            return empty(ctx);
        }
        ColumnInfo y = plan.y().isEmpty() ? null : plan.y().get(0);
        Aggregation aggregation = plan.aggregation();
        String subject = Labels.subject(aggregation, y);
        String unit = Labels.unit(aggregation, y);
        Measure measure = groups.measure(0);
        boolean timeX = plan.x() != null && plan.x().type().isTemporal();
        boolean inTimeOrder = plan.type().isLineLike()
                || (plan.type() != ChartType.PIE
                        && plan.sort() != null
                        && !plan.sort().byY()
                        && !plan.sort().descending());
        if (groups.x() == null) {
            // A table aggregated over no column: one group, the whole of the matching rows.
            return single(all, measure, subject, unit);
        }
        if (timeX && inTimeOrder && !shape.hasSeries() && shape.xIds().size() >= 2) {
            return trend(shape, measure, subject, unit);
        }
        if (!shape.hasSeries()) {
            return leader(groups, all, measure, subject, unit, aggregation, null, null);
        }
        return leader(groups, all, measure, subject, unit, aggregation, plan.series(), groups.series());
    }

    private static String single(List<Integer> all, Measure measure, String subject, String unit) {
        for (int g : all) {
            if (measure.value(g) != null) {
                return Labels.capitalized(subject) + " is " + NumberText.format(measure.value(g), unit);
            }
        }
        return subject + " has no values for the matching rows";
    }

    static String empty(RenderContext ctx) {
        return ctx.plan().filters().isEmpty() ? "The dataset has no rows to chart" : "No rows match the filters";
    }

    private static String trend(GroupedShape shape, Measure measure, String subject, String unit) {
        Groups groups = shape.groups();
        Integer first = null;
        Integer last = null;
        for (int xId : shape.xIds()) {
            Integer g = shape.group(xId, -1);
            if (g != null && measure.value(g) != null) {
                if (first == null) {
                    first = g;
                }
                last = g;
            }
        }
        if (first == null || first.equals(last) || measure.temporal()) {
            return leader(groups, shape.allGroups(), measure, subject, unit, null, null, null);
        }
        KeyEncoder x = groups.x();
        double a = measure.number(first);
        double b = measure.number(last);
        String from = NumberText.format(measure.value(first), unit) + " in " + x.label(groups.xId(first));
        String to = NumberText.format(measure.value(last), unit) + " in " + x.label(groups.xId(last));
        if (a == b) {
            return subject + " stayed at " + NumberText.format(measure.value(first), unit) + " from "
                    + x.label(groups.xId(first)) + " to " + x.label(groups.xId(last));
        }
        String verb = b > a ? " rose from " : " fell from ";
        String change = a > 0 ? " (" + NumberText.change((b - a) / a) + ")" : "";
        return subject + verb + from + " to " + to + change;
    }

    private static String leader(
            Groups groups,
            List<Integer> all,
            Measure measure,
            String subject,
            String unit,
            Aggregation aggregation,
            ColumnInfo seriesColumn,
            KeyEncoder series) {
        KeyEncoder x = groups.x();
        Map<Integer, Double> byX = new HashMap<>();
        boolean nonNegative = true;
        double total = 0;
        Integer top = null;
        Integer bottom = null;
        for (int g : all) {
            double v = measure.number(g);
            if (Double.isNaN(v)) {
                continue;
            }
            nonNegative &= v >= 0;
            total += v;
            byX.merge(groups.xId(g), v, Double::sum);
            if (top == null || v > measure.number(top)) {
                top = g;
            }
            if (bottom == null || v < measure.number(bottom)) {
                bottom = g;
            }
        }
        if (top == null) {
            return subject + " has no values for the matching rows";
        }
        boolean additive =
                aggregation != null && aggregation.isAdditive() && nonNegative && total > 0 && !measure.temporal();
        if (additive) {
            int leader = byX.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .get()
                    .getKey();
            double value = byX.get(leader);
            Object shown = series == null ? measure.value(top) : (Object) value;
            String text = x.label(leader) + " leads with " + NumberText.format(shown, unit) + " of "
                    + NumberText.format(total, unit) + " total (" + NumberText.percent(value / total) + ")";
            if (series != null) {
                long seriesCount = all.stream().map(groups::seriesId).distinct().count();
                text += ", across " + seriesCount + " " + seriesColumn.name() + " values";
            }
            return text;
        }
        String topLabel = cellLabel(groups, top, series);
        if (top.equals(bottom)) {
            return Labels.capitalized(subject) + " for " + topLabel + " is "
                    + NumberText.format(measure.value(top), unit);
        }
        return topLabel + " has the highest " + lower(subject) + " (" + NumberText.format(measure.value(top), unit)
                + "); " + cellLabel(groups, bottom, series) + " the lowest ("
                + NumberText.format(measure.value(bottom), unit)
                + ")";
    }

    private static String cellLabel(Groups groups, int g, KeyEncoder series) {
        String label = groups.x().label(groups.xId(g));
        return series == null ? label : label + " / " + series.label(groups.seriesId(g));
    }

    /** "Average price" mid-sentence is "average price"; a bare column name keeps its case. */
    static String lower(String subject) {
        for (String word :
                new String[] {"Average ", "Median ", "Minimum ", "Maximum ", "Distinct ", "Row count", "Count of "}) {
            if (subject.startsWith(word)) {
                return Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
            }
        }
        return subject;
    }
}
