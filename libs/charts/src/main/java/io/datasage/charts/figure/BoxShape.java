package io.datasage.charts.figure;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.query.BoxMeasure;
import io.datasage.charts.query.BoxStats;
import io.datasage.charts.query.GroupBy;
import io.datasage.charts.query.Groups;
import io.datasage.charts.query.KeyEncoder;
import io.datasage.charts.query.Measure;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.SortSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Groups of a box chart: scanned once for every y, ordered by x or by the first y's median, limited. */
final class BoxShape {

    private final RenderContext ctx;
    private final Groups groups;
    private final List<Integer> order;

    private BoxShape(RenderContext ctx, Groups groups, List<Integer> order) {
        this.ctx = ctx;
        this.groups = groups;
        this.order = order;
    }

    static BoxShape build(RenderContext ctx, List<Measure> boxes) {
        ChartPlan plan = ctx.plan();
        KeyEncoder x = plan.x() == null ? null : KeyEncoder.of(ctx.column(plan.x()), plan.grain());
        Groups groups = new GroupBy(ctx.table(), ctx.filters(), x, null, boxes).run();
        ctx.scanned(groups.rowsScanned(), groups.rowsMatched());
        if (x != null) {
            ctx.nulls(plan.x(), x.nulls());
        }
        for (int m = 0; m < boxes.size(); m++) {
            ctx.nulls(plan.y().get(m), boxes.get(m).nulls());
        }
        List<Integer> order = new ArrayList<>(groups.ids());
        SortSpec sort = plan.sort();
        Comparator<Integer> comparator =
                sort == null || !sort.byY() ? groups.byX() : groups.byMeasure(0, sort.descending());
        if (sort != null && !sort.byY() && sort.descending()) {
            comparator = comparator.reversed();
        }
        order.sort(comparator);
        ctx.groups(order.size());
        if (plan.limit() != null && order.size() > plan.limit()) {
            order = new ArrayList<>(order.subList(0, plan.limit()));
        }
        if (order.size() > ctx.options().maxGroups()) {
            ctx.truncated("showing the first " + ctx.options().maxGroups() + " of " + order.size() + " boxes");
            order = new ArrayList<>(order.subList(0, ctx.options().maxGroups()));
        }
        return new BoxShape(ctx, groups, order);
    }

    Groups groups() {
        return groups;
    }

    List<Integer> order() {
        return order;
    }

    /** "Median price is 27,450 (n = 391)", or the groups with the highest and lowest median. */
    String summary() {
        ChartPlan plan = ctx.plan();
        ColumnInfo y = plan.y().get(0);
        BoxMeasure box = (BoxMeasure) groups.measure(0);
        Integer top = null;
        Integer bottom = null;
        for (int g : groups.ids()) {
            BoxStats stats = box.stats(g);
            if (stats == null) {
                continue;
            }
            if (top == null || stats.median() > box.stats(top).median()) {
                top = g;
            }
            if (bottom == null || stats.median() < box.stats(bottom).median()) {
                bottom = g;
            }
        }
        if (top == null) {
            return groups.rowsMatched() == 0 ? Summaries.empty(ctx) : y.name() + " has no values in the matching rows";
        }
        String median = NumberText.format(box.stats(top).median(), y.unit());
        String n = String.format(Locale.US, "%,d", box.stats(top).n());
        if (plan.x() == null || top.equals(bottom)) {
            String where = plan.x() == null ? "" : " for " + groups.x().label(groups.xId(top));
            return "Median " + y.name() + where + " is " + median + " (n = " + n + ")";
        }
        return groups.x().label(groups.xId(top)) + " has the highest median " + y.name() + " (" + median + "); "
                + groups.x().label(groups.xId(bottom)) + " the lowest ("
                + NumberText.format(box.stats(bottom).median(), y.unit()) + ")";
    }
}
