package io.datasage.ai.planner;

/** The aggregation a measure gets when the question names none: sums for additive measures, means otherwise. */
final class Aggregations {

    private Aggregations() {}

    static String defaultFor(ColumnInfo c) {
        if (c.role() == ColumnRole.BOOLEAN) {
            return "mean";
        }
        return c.additive() ? "sum" : "mean";
    }

    /** The aggregation for {@code m}: the one named next to it, else the question's, else the default. */
    static String of(Question.Measure m, Question q) {
        if (m.agg() != null) {
            return m.agg();
        }
        if (q.agg != null) {
            return q.agg;
        }
        String d = defaultFor(m.column());
        if ("mean".equals(d)
                && m.column().isMeasure()
                && ("$".equals(m.column().schema().unit())
                        || m.column().groups().contains("salary"))) {
            q.notes.add("Averaged " + m.column().name() + "; ask for the total to add it up.");
        }
        return d;
    }

    static String word(String agg) {
        if (agg == null) {
            return "";
        }
        return switch (agg) {
            case "sum" -> "Total";
            case "mean" -> "Average";
            case "median" -> "Median";
            case "min" -> "Minimum";
            case "max" -> "Maximum";
            case "count" -> "Count";
            case "count_distinct" -> "Distinct";
            default -> agg;
        };
    }
}
