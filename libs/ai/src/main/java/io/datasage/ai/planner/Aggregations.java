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
        if ("mean".equals(d) && m.column().isMeasure() && (countedAsMoved(m, q) || timeSpent(m) || unitsOf(m, q))) {
            return "sum";
        }
        if ("mean".equals(d)
                && q.has(Cue.SHARE)
                && m.column().isMeasure()
                && !m.column().isFraction()
                && !"%".equals(m.column().schema().unit())) {
            // "share of hours by gender": parts of a whole add up; an average has no share.
            return "sum";
        }
        if ("mean".equals(d)
                && m.column().isMeasure()
                && ("$".equals(m.column().schema().unit())
                        || m.column().groups().contains("salary"))) {
            q.notes.add("Averaged " + m.column().name() + "; ask for the total to add it up.");
        }
        return d;
    }

    /**
     * Participles after a measure that say its amounts add up: "nights sold", "fuel bought", and any regular one
     * ("pages printed", "hours worked").
     */
    static final java.util.Set<String> MOVED = Words.set("""
        sold purchased bought delivered shipped consumed generated produced harvested moved booked
        """);

    /** "hours taught each month" for Duration (mins): a duration named by its unit is the time spent, added up. */
    private static boolean timeSpent(Question.Measure m) {
        return m.text() != null
                && SPENT_UNITS.contains(
                        m.text().toLowerCase(java.util.Locale.ROOT).trim())
                && m.column().groups().contains("duration");
    }

    private static final java.util.Set<String> SPENT_UNITS = Words.set("hours hrs minutes mins");

    /** Units an amount of stuff is measured in, before "of" ("metres of hedge", "litres of diesel"). */
    static final java.util.Set<String> AMOUNT_UNITS = Words.set("""
        metres meters kilometres kilometers km miles yards feet litres liters gallons kg kilos kilograms tonnes tons
        grams lbs pounds
        """);

    /** "metres of hedge cut each month" for HEDGE_LENGTH_M: a measure named by its unit and "of" is stuff, added up. */
    private static boolean unitsOf(Question.Measure m, Question q) {
        if (m.text() == null) {
            return false;
        }
        String named = m.text().toLowerCase(java.util.Locale.ROOT).trim();
        if (!AMOUNT_UNITS.contains(named)) {
            return false;
        }
        for (int i = 0; i + 1 < q.tokens.size(); i++) {
            Token t = q.tokens.get(i);
            if ((named.equals(t.word()) || named.equals(t.raw()))
                    && "of".equals(q.tokens.get(i + 1).word())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the measure's name is followed in the question by such a participle. */
    private static boolean countedAsMoved(Question.Measure m, Question q) {
        if (m.text() == null || m.text().isBlank()) {
            return false;
        }
        String[] named = m.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String last = named[named.length - 1];
        for (int i = 0; i + 1 < q.tokens.size(); i++) {
            if (last.equals(q.tokens.get(i).raw().toLowerCase(java.util.Locale.ROOT))
                    && (MOVED.contains(q.tokens.get(i + 1).word())
                            || q.tokens.get(i + 1).word().endsWith("ed")
                                    && Words.isParticiple(q.tokens.get(i + 1).word()))) {
                return true;
            }
        }
        return false;
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
