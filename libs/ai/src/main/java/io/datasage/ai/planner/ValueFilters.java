package io.datasage.ai.planner;

import io.datasage.ai.planner.Part.Kind;
import io.datasage.ai.planner.Question.DimRole;
import io.datasage.ai.planner.Question.Filter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads category-value filters ("West", "excluding furniture", "East vs West") and quoted text ("mentioning 'slow'"). */
final class ValueFilters {

    private final Question q;
    private final List<Part> parts;

    ValueFilters(Question q) {
        this.q = q;
        this.parts = q.parts;
    }

    private Part at(int k) {
        return Parts.at(parts, k);
    }

    private record Picked(ValueIndex.Entry entry, int index, boolean negated) {}

    void read() {
        values();
        quoted();
    }

    private void values() {
        Map<ColumnInfo, List<Picked>> byColumn = new LinkedHashMap<>();
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Kind.VALUE || p.used) {
                continue;
            }
            ValueIndex.Entry chosen = null;
            Part named = null;
            for (ValueIndex.Found f : p.values) {
                Part c = adjacentColumn(k, f.entry().column());
                if (c != null) {
                    chosen = f.entry();
                    named = c;
                    break;
                }
            }
            if (chosen == null) {
                chosen = ValueColumns.directional(q, p);
            }
            if (chosen == null) {
                chosen = ValueColumns.byContext(q, k);
            }
            if (chosen == null) {
                boolean predicate =
                        isPredicate(k) || (at(k - 1) != null && at(k - 1).is(Cue.CMP) && "=".equals(at(k - 1).arg));
                for (ValueIndex.Found f : p.values) {
                    boolean common = Words.STOPWORDS.contains(f.entry().stems().get(0));
                    if (!f.entry().weak()
                            || ValueIndex.byLongerName(f, q.tokens, p.start)
                            || (predicate && !common)
                            || q.tokens.get(p.start).is(Token.UPPER)
                            || q.tokens.get(p.start).is(Token.QUOTED)
                            || pairedValue(k, f.entry().column())
                            || afterItsParticiple(p, f.entry().column())) {
                        chosen = f.entry();
                        break;
                    }
                }
            }
            // A flag's yes or no alone is a value only beside its name, or beside its other side ("Y vs N", "Y/N").
            if (chosen == null
                    || chosen.column().role() == ColumnRole.BOOLEAN
                            && named == null
                            && !pairedValue(k, chosen.column())) {
                continue;
            }
            boolean negated = isNegated(k);
            if (named != null && !(negated && groupedBy(named))) {
                // "per product category, electronics excluded": the other categories are still grouped.
                named.used = true;
            }
            p.used = true;
            q.notes.matched(p.values.get(0).quality(), p.text, chosen.column().name() + " = " + chosen.value());
            ColumnInfo column = chosen.column();
            boolean aliasOfSeveral = p.values.size() > 1
                    && p.values.stream().allMatch(f -> f.entry().column() == column && f.quality() == Quality.SYNONYM);
            if (aliasOfSeveral) {
                // "weekends" beside a day column holding Sat and Sun: every value the word stands for.
                for (ValueIndex.Found f : p.values) {
                    byColumn.computeIfAbsent(column, c -> new ArrayList<>()).add(new Picked(f.entry(), k, negated));
                }
            } else {
                byColumn.computeIfAbsent(column, c -> new ArrayList<>()).add(new Picked(chosen, k, negated));
            }
        }
        for (Map.Entry<ColumnInfo, List<Picked>> e : byColumn.entrySet()) {
            ColumnInfo col = e.getKey();
            List<Object> positive = new ArrayList<>();
            boolean versus = q.has(Cue.COMPARE);
            int previous = -1;
            for (Picked v : e.getValue()) {
                if (v.negated()) {
                    q.filters.add(new Filter(
                            col,
                            "!=",
                            Parts.value(col, v.entry().value()),
                            v.entry().value(),
                            true));
                } else {
                    if (!positive.contains(Parts.value(col, v.entry().value()))) {
                        positive.add(Parts.value(col, v.entry().value()));
                    }
                    if (previous >= 0 && (between(previous, v.index(), Cue.VS) || slashed(previous, v.index()))) {
                        versus = true;
                    }
                    previous = v.index();
                }
            }
            if (positive.size() == 1) {
                q.filters.add(new Filter(col, "=", positive.get(0), String.valueOf(positive.get(0)), true));
            } else if (positive.size() > 1) {
                q.filters.add(new Filter(col, "in", List.copyOf(positive), String.valueOf(positive), true));
                // "at weekends" for Sat and Sun: one word's values are one group, not bars to compare.
                boolean oneWord =
                        e.getValue().stream().map(Picked::index).distinct().count() == 1;
                if (!oneWord && (versus || !q.has(Cue.ONLY))) {
                    // "just the Online and Event channels" keeps them and nothing more: no bar per value.
                    q.addDim(col, versus ? DimRole.COMPARE : DimRole.LISTED, col.name());
                }
            }
        }
    }

    /** "tickets that are still open", "open tickets": a common word used as the state of the rows. */
    private boolean isPredicate(int k) {
        Part p = parts.get(k);
        String before = p.start > 0 ? q.tokens.get(p.start - 1).raw() : "";
        if (Annotator.COPULAS.contains(before) || Annotator.participleAfterNoun(q.tokens, p.start, q.index)) {
            return true;
        }
        Part next = at(k + 1);
        return next != null
                && (next.kind == Kind.WORD
                                && q.index.isRowNoun(q.tokens.get(next.start).stem())
                        || next.kind == Kind.COLUMN
                                && next.columns.stream()
                                        .anyMatch(h -> h.column().entity() != null)
                                && q.tokens
                                        .get(next.start)
                                        .stem()
                                        .equals(next.columns.get(0).column().entity()));
    }

    /**
     * Whether another value of the same column sits two parts away, joined by "vs", "and", "or" or a comma ("men vs
     * women"): each makes the other, weak alone (M, F), a value the question means.
     */
    private boolean pairedValue(int k, ColumnInfo column) {
        // "O neg units" beside unit_ABO and unit_RhD: a short value right before a strong value of another column
        // names the pair (blood group and RhD, size and colour).
        Part next = at(k + 1);
        if (next != null
                && !Words.STOPWORDS.contains(q.tokens.get(parts.get(k).start).word())
                && next.kind == Kind.VALUE
                && next.start == parts.get(k).end
                && next.values.stream()
                        .anyMatch(f -> !f.entry().weak() && !f.entry().column().equals(column))) {
            return true;
        }
        for (int j : new int[] {k - 1, k + 1}) {
            // "Y/N": two values of the column with only a slash between them.
            Part other = at(j);
            if (other != null
                    && other.kind == Kind.VALUE
                    && slashed(Math.min(j, k), Math.max(j, k))
                    && other.values.stream().anyMatch(f -> f.entry().column().equals(column))) {
                return true;
            }
        }
        for (int j : new int[] {k - 2, k + 2}) {
            Part other = at(j);
            Part joint = at((j + k) / 2);
            if (other != null
                    && other.kind == Kind.VALUE
                    && joint != null
                    && (joint.is(Cue.VS) || joint.is(Cue.AND) || joint.is(Cue.OR) || ",".equals(joint.text))
                    && other.values.stream().anyMatch(f -> f.entry().column().equals(column))) {
                return true;
            }
        }
        return false;
    }

    /** "pass/fail by test centre": two values with only a slash between them are compared, as "vs" compares them. */
    private boolean slashed(int from, int to) {
        int end = parts.get(from).end;
        int start = parts.get(to).start;
        if (to != from + 1) {
            return false;
        }
        for (int i = end; i < start; i++) {
            if (!"/".equals(q.tokens.get(i).raw())) {
                return false;
            }
        }
        // The slash may have been read with the value before it ("completed/" glued as one name).
        return start > end || "/".equals(q.tokens.get(end - 1).raw());
    }

    private boolean between(int from, int to, Cue cue) {
        for (int j = from + 1; j < to; j++) {
            if (parts.get(j).is(cue)) {
                return true;
            }
        }
        return false;
    }

    /** A part naming {@code col} right next to the value at {@code k} ("the West region", "status = error"). */
    private Part adjacentColumn(int k, ColumnInfo col) {
        for (int j : new int[] {k - 1, k + 1, k - 2}) {
            Part c = at(j);
            if (c == null) {
                continue;
            }
            if (j == k - 2 && !(at(k - 1).is(Cue.CMP) || at(k - 1).is(Cue.WHERE))) {
                continue;
            }
            String typed = q.tokens.get(c.end - 1).stem();
            boolean entityWord = c.kind == Kind.COLUMN
                    && !typed.equals(col.entity())
                    && c.columns.stream().anyMatch(h -> typed.equals(h.column().entity()));
            if (c.kind == Kind.COLUMN && !entityWord && c.columns.stream().anyMatch(h -> h.column() == col)) {
                return c;
            }
        }
        return null;
    }

    /** Whether a grouping word ("by", "per", "each") comes right before the part. */
    private boolean groupedBy(Part named) {
        int j = parts.indexOf(named);
        Part before = j > 0 ? parts.get(j - 1) : null;
        return before != null && before.isGrouping();
    }

    private boolean isNegated(int k) {
        Part after = k + 1 < parts.size() ? parts.get(k + 1) : null;
        if (after != null
                && after.is(Cue.NOT)
                && parts.get(k).end == after.start
                && Words.isParticiple(q.tokens.get(after.end - 1).word())) {
            // "electronics excluded": a participle of leaving out negates the value right before it.
            return true;
        }
        for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
            Part p = parts.get(j);
            if (p.is(Cue.NOT) || (p.is(Cue.CMP) && "!=".equals(p.arg))) {
                return true;
            }
            if (p.kind == Kind.COLUMN && p.column().role() == ColumnRole.BOOLEAN) {
                // "no-shows in spring 2025", "not refunded orders from the UK": the flag takes the negation.
                return false;
            }
            if (p.kind == Kind.VALUE
                    || p.is(Cue.AND)
                    || p.is(Cue.OR)
                    || p.is(Cue.ONLY)
                    || p.is(Cue.WHERE)
                    || (p.kind == Kind.COLUMN && !p.used)) {
                continue;
            }
            return false;
        }
        return false;
    }

    /** Words a chart's own texts are named by. */
    private static final Set<String> LABEL_WORDS =
            Set.of("title", "label", "labels", "legend", "caption", "heading", "subtitle", "rename", "call", "name");

    /**
     * Whether the quoted text at part {@code k} is a text for the chart: after an axis, or after a label word in a
     * question that changes the chart's looks ("add the title 'Top 5'", not "movies with title 'Up'").
     */
    private boolean label(int k) {
        boolean restyled = q.has(Cue.STYLE) || q.has(Cue.MAKEIT) || q.has(Cue.ALSO);
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            Part c = parts.get(j);
            if (c.is(Cue.AXIS)) {
                return true;
            }
            if (restyled
                    && !c.isCue()
                    && LABEL_WORDS.contains(q.tokens.get(c.start).word())) {
                return true;
            }
        }
        return false;
    }

    private void quoted() {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Kind.QUOTED || p.used) {
                continue;
            }
            if (label(k)) {
                // "rename the y axis to 'Revenue ($)'", "add the title 'Top 5'": words for the chart, kept by it.
                p.used = true;
                continue;
            }
            ColumnInfo col = null;
            for (int j = k - 1; j >= Math.max(0, k - 3) && col == null; j--) {
                Part c = parts.get(j);
                if (c.kind == Kind.COLUMN
                        && !c.column().isNumeric()
                        && !c.column().isTime()) {
                    col = c.column();
                    c.used = true;
                }
            }
            if (col == null) {
                for (ColumnInfo c : q.index.columns) {
                    if (c.role() == ColumnRole.TEXT) {
                        col = c;
                        break;
                    }
                }
            }
            if (col == null) {
                col = q.index.rowLabel;
            }
            if (col != null) {
                q.filters.add(new Filter(col, "contains", p.text, p.text, false));
                if (!q.texts.contains(col)) {
                    q.texts.add(col);
                }
                p.used = true;
            }
        }
    }

    /** "wheels graded A" beside GRADE: a short value right after the participle of its column's own word. */
    private boolean afterItsParticiple(Part p, ColumnInfo column) {
        if (p.start == 0) {
            return false;
        }
        String before = q.tokens.get(p.start - 1).word();
        return Words.isParticiple(before) && Words.bases(before).stream().anyMatch(column.core()::contains);
    }
}
