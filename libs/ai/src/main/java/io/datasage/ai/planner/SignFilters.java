package io.datasage.ai.planner;

import io.datasage.ai.planner.Part.Kind;
import io.datasage.ai.planner.Question.Filter;
import java.util.List;

/** Reads sign words as filters: "negative profit", "positive", "losses" (profit below zero), "non-zero". */
final class SignFilters {

    private final Question q;
    private final List<Part> parts;

    SignFilters(Question q) {
        this.q = q;
        this.parts = q.parts;
    }

    private Part at(int k) {
        return Parts.at(parts, k);
    }

    void read() {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.SIGN) || p.used) {
                continue;
            }
            String[] a = p.arg.split(":");
            String op = a[0].substring(0, a[0].length() - 1);
            ColumnInfo col = null;
            Part twoBack = at(k - 1) != null && at(k - 1).kind == Kind.WORD ? at(k - 2) : null;
            for (Part c : new Part[] {at(k + 1), at(k - 1), twoBack}) {
                if (c != null && c.kind == Kind.COLUMN && Parts.numericOf(c) != null) {
                    col = Parts.numericOf(c);
                    c.used = !isAlsoMeasured(c);
                    break;
                }
            }
            if (col == null && a.length > 1) {
                col = Concepts.measure(a[1], q.index);
                if (col != null) {
                    q.impliedMeasure = col;
                    q.notes.matched(Quality.SYNONYM, p.text, col.name() + " " + op + " 0");
                }
            }
            if (col != null) {
                q.filters.add(new Filter(col, op, 0L, p.text, false));
                p.used = true;
            }
        }
    }

    private boolean isAlsoMeasured(Part c) {
        ColumnInfo col = Parts.numericOf(c);
        int mentions = 0;
        for (Part p : parts) {
            if (p.kind == Kind.COLUMN && Parts.numericOf(p) == col) {
                mentions++;
            }
        }
        return mentions > 1;
    }
}
