package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * "show invoice no, student and amount for unpaid lines over £100": three or more names listed with commas, one of
 * them what tells the rows apart, and nothing to group or add up, ask for those columns of the matching rows.
 */
final class ListedColumns {

    private ListedColumns() {}

    /** The columns listed, in the order typed, or an empty list when the question lists none this way. */
    static List<ColumnInfo> of(Question q) {
        if (q.countAsked
                || q.has(Cue.COUNT)
                || q.has(Cue.AGG)
                || q.asksToGroup()
                || q.chart != null && !"table".equals(q.chart)) {
            return List.of();
        }
        List<Part> parts = q.parts;
        for (int k = 0; k < parts.size(); k++) {
            List<ColumnInfo> run = new ArrayList<>();
            int commas = 0;
            int j = k;
            while (j < parts.size() && parts.get(j).kind == Part.Kind.COLUMN) {
                ColumnInfo c = parts.get(j).column();
                if (!run.contains(c)) {
                    run.add(c);
                }
                Part next = Parts.at(parts, j + 1);
                if (next != null && next.is(Cue.AND)) {
                    j += 2;
                    continue;
                }
                if (next == null || !commaBetween(q.tokens, parts.get(j).end, next.start)) {
                    break;
                }
                commas++;
                j++;
            }
            if (run.size() >= 3 && commas >= 1 && run.stream().anyMatch(ListedColumns::tellsRowsApart)) {
                return run;
            }
        }
        return List.of();
    }

    /** An id, a number or code of a thing, or a label: what a list of rows shows to say which row is which. */
    private static boolean tellsRowsApart(ColumnInfo c) {
        return c.role() == ColumnRole.ID
                || c.role() == ColumnRole.LABEL
                || c.role() == ColumnRole.CATEGORY && ColumnRoles.namesNumber(c.words());
    }

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!(tokens.get(i).isSymbol() && ",".equals(tokens.get(i).raw()))) {
                return false;
            }
        }
        return to > from;
    }
}
