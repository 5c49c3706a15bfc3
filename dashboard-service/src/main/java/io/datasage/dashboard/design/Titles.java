package io.datasage.dashboard.design;

import io.datasage.ai.planner.ColumnMeaning;
import java.util.Locale;

/** Short titles that fit their tiles: a KPI tile is a quarter of the width, a chart half of it. */
final class Titles {

    /** Characters a KPI title may use. */
    static final int KPI = 22;
    /** Characters a chart or table title may use. */
    static final int CHART = 40;
    /** Characters a dashboard title may use. */
    static final int DASHBOARD = 80;

    private Titles() {}

    /** The text cut at a word boundary to {@code max} characters, with an ellipsis when cut. */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text.substring(0, cut) : text.substring(0, max - 1)).strip() + "…";
    }

    /** A KPI title: "Total Sales", "Avg Discount", the bare column name when even that is too long. */
    static String kpi(String aggregation, String column) {
        String word = "sum".equals(aggregation) ? "Total " : "mean".equals(aggregation) ? "Average " : "";
        if ((word + column).length() > KPI && "Average ".equals(word)) {
            word = "Avg ";
        }
        return (word + column).length() <= KPI ? word + column : fit(column, KPI);
    }

    /** A KPI of the latest period: "Monthly Sales", "Weekly avg Discount", the bare column name when too long. */
    static String periodKpi(String grain, String aggregation, String column) {
        String every = "day".equals(grain) ? "Daily " : "week".equals(grain) ? "Weekly " : "Monthly ";
        String word = every + ("sum".equals(aggregation) ? "" : "mean".equals(aggregation) ? "avg " : "");
        return (word + column).length() <= KPI ? word + column : fit(column, KPI);
    }

    /** "Customers" from a column like "Customer Name" or "customer_id" (the entity it names). */
    static String plural(ColumnMeaning entity) {
        String word = entity.entity() == null || entity.entity().isBlank() ? entity.name() : entity.entity();
        String cap = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        return fit(cap.endsWith("s") ? cap : cap + "s", KPI);
    }
}
