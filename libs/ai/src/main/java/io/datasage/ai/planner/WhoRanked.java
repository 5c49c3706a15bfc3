package io.datasage.ai.planner;

import java.util.List;

/** "who's hit the most 180s": "who" ranked is the one column of names, the people each row is about. */
final class WhoRanked {

    private WhoRanked() {}

    /**
     * "who's hit the most 180s? top 10" beside playerName: a question opening with "who" that ranks ("most", "top")
     * and names no column to group by is about the one column named as names.
     */
    static void read(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        if (parts.isEmpty()
                || !parts.get(0).is(Cue.WHICH)
                || !"who".equals(tokens.get(parts.get(0).start).word())
                || parts.stream().noneMatch(x -> x.is(Cue.SUPER) || x.is(Cue.TOP))
                || parts.stream()
                        .anyMatch(x -> x.kind == Part.Kind.COLUMN
                                && !x.column().isMeasure()
                                && !x.column().isTime())) {
            return;
        }
        ColumnInfo names = SchemaIndex.only(
                index.columns, c -> !c.isMeasure() && !c.isTime() && c.words().contains("name"));
        if (names != null) {
            parts.set(0, PhraseRewrites.columnAt(tokens, parts.get(0).start, names, Quality.SYNONYM, 0.8));
        }
    }
}
