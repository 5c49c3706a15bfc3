package io.datasage.ai.planner;

import io.datasage.ai.planner.Question.DimRole;

/** Groups a measure by the entity a question names in the plural ("negative affect for African countries"). */
final class EntityGroups {

    private EntityGroups() {}

    /**
     * "negative affect for African countries", "GDP ranking of countries": a measure over a plural entity that many
     * rows share is shown per entity when nothing else groups.
     */
    static void complete(Question q) {
        if (q.measures.isEmpty()
                || !q.dims.isEmpty()
                || q.wantsTime()
                || q.countAsked
                || q.rankOrder != null
                || q.agg != null
                || q.has(Cue.VALUEQ)) {
            return;
        }
        for (ColumnInfo e : q.entities) {
            if (e.entity() == null) {
                continue;
            }
            ColumnInfo id = q.index.entityId(e.entity());
            ColumnInfo label = q.index.entityLabel(e.entity());
            boolean named = label != null && label.role() != ColumnRole.ID;
            if (id != null && named && !q.index.isRowEntity(id) && groupedEntity(q, e.entity())) {
                q.addDim(label, DimRole.BY, e.entity());
                return;
            }
        }
    }

    /** The entity typed in the plural after a value ("African countries") or in a ranking ("ranking of countries"). */
    private static boolean groupedEntity(Question q, String entity) {
        for (int i = 0; i < q.tokens.size(); i++) {
            Token t = q.tokens.get(i);
            if (!entity.equals(t.stem()) || t.stem().equals(t.word())) {
                continue;
            }
            if (q.has(Cue.RANK)) {
                return true;
            }
            for (Part p : q.parts) {
                if (p.kind == Part.Kind.VALUE && p.end == i) {
                    return true;
                }
            }
        }
        return false;
    }
}
