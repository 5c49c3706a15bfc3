package io.datasage.ai.planner;

import io.datasage.ai.planner.Part.Kind;
import java.util.List;
import java.util.Set;

/** Which of several columns holding a value the question means: by direction ("from ATL", "to LAX") or by context. */
final class ValueColumns {

    /** Name words of the column where a row starts ("from ATL") and where it ends ("to LAX"). */
    private static final Set<String> FROM = Set.of("origin", "from", "source", "src", "departure", "start", "pickup");

    private static final Set<String> TO =
            Set.of("dest", "destination", "to", "target", "arrival", "end", "dropoff", "recipient");

    private ValueColumns() {}

    /**
     * "from ATL", "to LAX": of the columns that hold the value, the one whose name says where rows start (origin,
     * from, source) or end (dest, to, destination); null when the value is not led by such a word.
     */
    static ValueIndex.Entry directional(Question q, Part p) {
        String before = p.start > 0 ? q.tokens.get(p.start - 1).word() : "";
        Set<String> side = "from".equals(before) || "out".equals(before) ? FROM : "to".equals(before) ? TO : null;
        if (side == null) {
            return null;
        }
        for (ValueIndex.Found f : p.values) {
            for (String w : f.entry().column().words()) {
                if (side.contains(w)) {
                    return f.entry();
                }
            }
        }
        return null;
    }

    /**
     * A value several columns hold ("Emergency" as a department and an admission type): the column another value of
     * the question belongs to ("elective and emergency"), else the one whose name has the word next to the value
     * ("emergency admissions" -> admissionType), else the one column filled on most rows; null when the value is in
     * one column or nothing tells.
     */
    static ValueIndex.Entry byContext(Question q, int k) {
        List<Part> parts = q.parts;
        Part p = parts.get(k);
        if (p.values.stream().map(f -> f.entry().column()).distinct().count() < 2) {
            return null;
        }
        for (int j = 0; j < parts.size(); j++) {
            Part other = parts.get(j);
            if (j == k || other.kind != Kind.VALUE) {
                continue;
            }
            ColumnInfo only = other.values.get(0).entry().column();
            if (other.values.stream().allMatch(f -> f.entry().column() == only)) {
                for (ValueIndex.Found f : p.values) {
                    if (f.entry().column() == only) {
                        return f.entry();
                    }
                }
            }
        }
        for (int t : new int[] {p.end, p.start - 1}) {
            if (t < 0 || t >= q.tokens.size() || !q.tokens.get(t).isWord()) {
                continue;
            }
            List<String> forms = q.tokens.get(t).forms();
            for (ValueIndex.Found f : p.values) {
                if (f.entry().column().words().stream().anyMatch(forms::contains)) {
                    return f.entry();
                }
            }
        }
        // "pupils in Halifax" beside a BRANCH always filled and a TEST_CENTRE filled on test rows only: the column
        // that describes most rows.
        long rows = q.index.schema.rowCount();
        List<ValueIndex.Found> filled = p.values.stream()
                .filter(f -> 2 * f.entry().column().schema().nulls() < rows)
                .toList();
        if (filled.size() == 1) {
            return filled.get(0).entry();
        }
        // "avg pH by site" where pH is both a Parameter and the Unit of its readings: the metric, not its unit.
        List<ValueIndex.Found> metrics = p.values.stream()
                .filter(f -> MeasureCompletion.namesMetrics(f.entry().column()))
                .toList();
        return metrics.size() == 1 ? metrics.get(0).entry() : null;
    }
}
