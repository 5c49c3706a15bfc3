package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;

/** What a plural noun names beyond one column: several alike measures ("scores") or an event's date ("discharges"). */
final class PluralNouns {

    private PluralNouns() {}

    /**
     * "average scores": a plural word that names several measures alike (math score, reading score, writing score)
     * names them all.
     */
    static List<ColumnInfo> alike(Question q, Part p, ColumnInfo col) {
        Token typed = q.tokens.get(p.start);
        List<ColumnInfo> out = new ArrayList<>();
        if (p.end - p.start != 1 || typed.word().equals(typed.stem()) || Totals.isTotal(col)) {
            // A total column stands for its parts ("sales" is Global_Sales, not every regional column too).
            return out;
        }
        double score = p.columns.get(0).score();
        for (ColumnMatcher.Hit h : p.columns) {
            ColumnInfo c = h.column();
            if (c != col
                    && c.isMeasure()
                    && h.score() > score - 0.005
                    && c.core().contains(typed.stem())) {
                out.add(c);
            }
        }
        return out;
    }

    /** The date column a plural event noun names ("discharges" -> dischargeDate) when the question wants time. */
    static ColumnInfo eventDate(Question q, Part p, ColumnChoice.Context ctx) {
        Token typed = q.tokens.get(p.end - 1);
        boolean time = q.has(Cue.UNIT) || q.has(Cue.GRAIN) || q.has(Cue.TREND);
        if (!time
                || p.end - p.start != 1
                || typed.word().equals(typed.stem())
                || (ctx != ColumnChoice.Context.COUNT && ctx != ColumnChoice.Context.NONE)) {
            return null;
        }
        for (ColumnInfo c : p.closeColumns()) {
            if (c.role() == ColumnRole.DATE && c.entity() == null) {
                return c;
            }
        }
        return verbDate(q.index, typed);
    }

    /** "shipments per month" beside shipped_date and order_date: a plural no column reads, dated by its verb's date. */
    static ColumnInfo verbDateOfWords(Question q) {
        for (Part p : q.parts) {
            Token t = q.tokens.get(p.start);
            if (p.kind == Part.Kind.WORD
                    && p.end - p.start == 1
                    && t.isPlural()
                    && !t.word().equals(t.stem())) {
                ColumnInfo date = verbDate(q.index, t);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /**
     * "enrolments per month" beside Enrolled On (or enrol_date) and Course Start: the date named by the verb the plural
     * noun is made from, when one date alone is.
     */
    private static ColumnInfo verbDate(SchemaIndex index, Token typed) {
        List<String> verbs = WordForms.verbsOf(typed.stem());
        if (verbs.isEmpty()) {
            return null;
        }
        ColumnInfo found = null;
        for (ColumnInfo c : index.dateColumns()) {
            if (!c.forms().isEmpty() && c.forms().get(0).stream().anyMatch(verbs::contains)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }
}
