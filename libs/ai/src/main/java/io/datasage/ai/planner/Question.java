package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the parser understood of a question, slot by slot, before any chart is chosen. */
final class Question {

    /** A measured column and the aggregation named right before it, if any. */
    record Measure(ColumnInfo column, String agg, String text) {}

    /** A grouping column and how it was introduced. */
    record Dim(ColumnInfo column, DimRole role, String text) {}

    /** A row filter on a column; {@code value} is ready for the spec. */
    record Filter(ColumnInfo column, String op, Object value, String text, boolean fromValue) {}

    enum DimRole {
        /** After "by", "per", "for each", "across". */
        BY,
        /** After "colour by", "split by": the series. */
        SERIES,
        /** "which region", "top 10 customers": the ranked things. */
        WHICH,
        /** Named as the subject ("attrition by department", "most profitable category"). */
        SUBJECT,
        /** Two values of one column compared ("West vs East"). */
        COMPARE,
        /** Two values of one column listed ("warehouse a and warehouse b"): grouped only when nothing else groups. */
        LISTED,
        /** "average sales per order": the unit an average is taken over, grouped only when nothing else groups. */
        UNIT_OF
    }

    final SchemaIndex index;
    final List<Token> tokens;
    final List<Part> parts;
    final Notes notes;

    final List<Measure> measures = new ArrayList<>();
    final List<Dim> dims = new ArrayList<>();
    final List<Filter> filters = new ArrayList<>();
    final Set<Cue> cues = EnumSet.noneOf(Cue.class);
    /** Entities named without a role ("orders" in "orders by segment"): what to count when nothing is measured. */
    final List<ColumnInfo> entities = new ArrayList<>();
    /** Date or year columns named, in order. */
    final List<ColumnInfo> timeMentions = new ArrayList<>();
    /** Date columns named by a verb ("shipped", "hired"): which date to use if the question wants time at all. */
    final List<ColumnInfo> timeHints = new ArrayList<>();
    /** Free-text columns named. */
    final List<ColumnInfo> texts = new ArrayList<>();
    /** A column a sign word implies ("losses" -> Profit), measured when nothing else is. */
    ColumnInfo impliedMeasure;

    String agg;
    String grain;
    boolean trend;
    boolean rolling;
    boolean countAsked;
    /** The column whose distinct values are counted; null counts rows. */
    ColumnInfo countColumn;
    /** Rank direction asked for (asc/desc), or null. */
    String rankOrder;

    Integer limit;
    /** A superlative's measure concept ("quantity|sales" for "best selling"). */
    String rankConcept;
    /** Explicit sort without ranking: asc, desc or alpha. */
    String sortOrder;

    String chart;
    boolean stacked;
    boolean grouped;
    /** "which month had the highest sales": periods ranked rather than drawn in order. */
    boolean rankPeriods;
    /** The question starts with "when": it asks for a time axis. */
    boolean whenAsked;
    /** The date the previous chart's axis runs over, or null: where a bare period in a follow-up belongs. */
    ColumnInfo previousTime;
    /** The cause in "does X affect Y" (first named) or, reversed, the last named. */
    boolean causeReversed;
    /** "breakdown", "break it down by": parts of a whole, stacked where the values add up. */
    boolean breakdown;
    /** The column the question puts on the x axis ("x axis: region", "mileage on the x axis"), or null. */
    ColumnInfo axisX;
    /** The column the question puts on the y axis, or null. */
    ColumnInfo axisY;
    /** Measures named after "by"/"per"/"for each" ("count of customers by basket size"): groupings by a number. */
    final List<ColumnInfo> groupedMeasures = new ArrayList<>();

    Question(SchemaIndex index, List<Token> tokens, List<Part> parts, Notes notes) {
        this.index = index;
        this.tokens = tokens;
        this.parts = parts;
        this.notes = notes;
    }

    boolean has(Cue c) {
        return cues.contains(c);
    }

    /** Whether a word groups, splits or shares out ("by", "per", "each", "split by", "breakdown", "share"). */
    boolean asksToGroup() {
        return has(Cue.BY) || has(Cue.PER) || has(Cue.EACH) || has(Cue.SERIES) || has(Cue.BREAKDOWN) || has(Cue.SHARE);
    }

    boolean hasDim(ColumnInfo c) {
        return dims.stream().anyMatch(d -> d.column() == c);
    }

    boolean hasMeasure(ColumnInfo c) {
        return measures.stream().anyMatch(m -> m.column() == c);
    }

    void addDim(ColumnInfo c, DimRole role, String text) {
        if (!hasDim(c)) {
            dims.add(new Dim(c, role, text));
        }
    }

    void addMeasure(ColumnInfo c, String aggregation, String text) {
        if (!hasMeasure(c)) {
            measures.add(new Measure(c, aggregation, text));
        }
    }

    /** Whether the question names a time axis: a date column, a grain or a trend word. */
    boolean wantsTime() {
        return trend || grain != null || !timeMentions.isEmpty() || whenAsked;
    }

    /** Whether the user typed a word in a raw form (for the few rules that depend on a specific word). */
    boolean saidWord(String... words) {
        for (Token t : tokens) {
            for (String w : words) {
                if (w.equals(t.raw()) || w.equals(t.word())) {
                    return true;
                }
            }
        }
        return false;
    }
}
