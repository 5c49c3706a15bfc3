package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rereads words that name what the rows are or record: "total volunteer hours", "unique volunteers", "print spend". */
final class RowWords {

    /** Units of time that name the rows' grain when joined to a value ("volunteer-months") or after "in". */
    static final Set<String> TIME_UNITS = Set.of("day", "week", "month", "quarter", "year");

    private RowWords() {}

    /**
     * "total volunteer hours by programme" beside Hrs Logged: "hours" not after "by", "per", "each" or a number is
     * the measure kept in hours (the plainest of several: Hrs Logged rather than Training Hrs), not a time grain.
     */
    static void hoursMeasures(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo hours = null;
        int plain = 0;
        List<ColumnInfo> all = new ArrayList<>();
        for (ColumnInfo c : index.columns) {
            if (c.isMeasure() && c.words().contains("hour") && !c.hourOfDay()) {
                all.add(c);
                boolean other = c.words().stream()
                        .anyMatch(w ->
                                !"hour".equals(w) && !Words.isParticiple(w) && !ColumnRoles.QUALIFIERS.contains(w));
                if (!other) {
                    hours = c;
                    plain++;
                }
            }
        }
        ColumnInfo measure = all.size() == 1 ? all.get(0) : plain == 1 ? hours : null;
        for (int k = 0; k < parts.size() && measure != null; k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (!p.is(Cue.HOUR) || p.end - p.start != 1 || !t.isPlural()) {
                continue;
            }
            Part prev = k > 0 ? parts.get(k - 1) : null;
            if (prev != null
                    && (prev.is(Cue.BY)
                            || prev.is(Cue.PER)
                            || prev.is(Cue.EACH)
                            || prev.is(Cue.UNIT)
                            || prev.is(Cue.GRAIN)
                            || prev.kind == Part.Kind.NUMBER
                            || prev.kind == Part.Kind.DATE)) {
                continue;
            }
            parts.set(
                    k,
                    Part.column(
                            p.start, p.end, t.raw(), List.of(new ColumnMatcher.Hit(measure, 1, Quality.EXACT, 0.95))));
        }
    }

    /** "volunteer-months", "member-month": a value joined to a unit of time names what each row is, not a filter. */
    static void rowGrainWords(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            int after = p.end < tokens.size() && "-".equals(tokens.get(p.end).raw()) ? p.end + 1 : p.end;
            if (p.kind == Part.Kind.VALUE && after < tokens.size()) {
                Token next = tokens.get(after);
                if ((next.is(Token.JOINED) || after > p.end) && TIME_UNITS.contains(next.stem())) {
                    parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
                }
            }
        }
    }

    /**
     * "number of unique volunteers" beside vol_id and a Role holding Volunteer: after "unique" or "distinct", the
     * plural an id's name abbreviates counts that id, not the rows with the value.
     */
    static void uniqueEntities(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            boolean unique = parts.get(k - 1).is(Cue.UNIQUE)
                    || parts.stream().anyMatch(x -> x.is(Cue.UNIQUE))
                            && parts.get(k - 1).is(Cue.COUNT);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1 || !t.isPlural() || !unique) {
                continue;
            }
            for (ColumnInfo c : index.columns) {
                String e = c.entity();
                if (c.role() == ColumnRole.ID
                        && e != null
                        && e.length() >= 3
                        && t.stem().startsWith(e)) {
                    parts.set(
                            k,
                            Part.column(
                                    p.start,
                                    p.end,
                                    t.raw(),
                                    List.of(new ColumnMatcher.Hit(c, 1, Quality.EXACT, 0.95))));
                    break;
                }
            }
        }
    }

    /**
     * "total volunteer hours" where vol_id names volunteers and Role is mostly Volunteer: the name of what the rows
     * are about, before a measure, describes the measure; it keeps every row.
     */
    static void entityValuesBeforeMeasures(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.VALUE
                    || p.end - p.start != 1
                    || next.kind != Part.Kind.COLUMN
                    || next.start != p.end
                    || !next.column().isMeasure()) {
                continue;
            }
            ValueIndex.Entry v = p.value();
            List<String> top = v.column().schema().topValues();
            String stem = tokens.get(p.start).stem();
            boolean usual = !top.isEmpty() && top.get(0).equals(v.value());
            boolean entity = index.topic.words().contains(stem)
                    || index.columns.stream()
                            .anyMatch(c -> c.role() == ColumnRole.ID
                                    && c.entity() != null
                                    && c.entity().length() >= 3
                                    && stem.startsWith(c.entity()));
            if (usual && entity) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
    }

    /**
     * "print spend", "pages printed" in a file of print jobs whose Status is mostly Printed: the verb of the usual
     * outcome, before a name or after a measure, says what the rows record; it keeps no rows ("printed jobs" still
     * does).
     */
    static void activityValues(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1 || p.values.size() != 1) {
                continue;
            }
            ValueIndex.Entry v = p.value();
            ColumnInfo c = v.column();
            Token t = tokens.get(p.start);
            if (c.role() != ColumnRole.CATEGORY
                    || c.schema().topValues().isEmpty()
                    || !c.schema().topValues().get(0).equals(v.value())
                    || !Words.isParticiple(v.value().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Part prev = k > 0 ? parts.get(k - 1) : null;
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            boolean verbBefore = !Words.isParticiple(t.word())
                    && next != null
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end;
            boolean afterMeasure = prev != null
                    && prev.kind == Part.Kind.COLUMN
                    && prev.end == p.start
                    && prev.column().isMeasure();
            if (verbBefore || afterMeasure) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }
}
