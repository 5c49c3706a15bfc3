package io.datasage.ai.planner;

import java.util.List;

/** A word of a column's own name is that column, not a longer value of it that holds the word. */
final class NameWordsNotValues {

    private NameWordsNotValues() {}

    /**
     * "sessions per coach" beside COACH_NM (with the value "Chris (Club Coach)") and COACH_PRESENT: one word that
     * is only part of a value, and a word of that value's column's name, names the columns with the word, not the
     * value.
     */
    static void read(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        boolean[] none = new boolean[tokens.size()];
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1 || p.quality() == Quality.EXACT) {
                continue;
            }
            Token t = tokens.get(p.start);
            ValueIndex.Entry v = p.value();
            if (v.stems().size() < 2 || !v.column().words().contains(t.stem())) {
                continue;
            }
            List<ColumnMatcher.Hit> hits = ColumnMatcher.candidates(tokens, p.start, index, none).stream()
                    .filter(h -> h.length() == 1)
                    .toList();
            if (hits.stream().anyMatch(h -> h.column() == v.column())) {
                parts.set(k, Part.column(p.start, p.end, p.text, hits));
            }
        }
        entityWords(parts, tokens, index, none);
    }

    /**
     * "income from each pupil", "top 5 pupils", "age spread of my pupils" beside pupil_name and cancelled_by (valued
     * "Pupil", "Teacher"): a whole value that is the word of a thing with columns of its own is that thing, unless a
     * word of the value's column longer than a joining word is said too ("cancelled by the pupil").
     */
    private static void entityWords(List<Part> parts, List<Token> tokens, SchemaIndex index, boolean[] none) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1) {
                continue;
            }
            Token t = tokens.get(p.start);
            ValueIndex.Entry v = p.value();
            List<ColumnInfo> own = index.entities.get(t.stem());
            if (own == null || own.contains(v.column()) || v.stems().size() != 1) {
                continue;
            }
            boolean columnSaid = tokens.stream()
                    .anyMatch(o -> o != t
                            && o.isWord()
                            && o.stem().length() > 3
                            && v.column().words().contains(o.stem()));
            if (columnSaid) {
                continue;
            }
            List<ColumnMatcher.Hit> hits = ColumnMatcher.candidates(tokens, p.start, index, none).stream()
                    .filter(h -> h.length() == 1 && h.column() != v.column())
                    .toList();
            if (!hits.isEmpty()) {
                parts.set(k, Part.column(p.start, p.end, p.text, hits));
            }
        }
    }
}
