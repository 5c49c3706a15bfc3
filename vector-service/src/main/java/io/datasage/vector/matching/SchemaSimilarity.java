package io.datasage.vector.matching;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** How alike two datasets' schemas are: the Jaccard similarity of their normalised column names. */
public final class SchemaSimilarity {

    private SchemaSimilarity() {}

    /** 0 (no column name in common) to 1 (the same column names, up to case and punctuation). */
    public static double of(Collection<String> columnsA, Collection<String> columnsB) {
        Set<String> a = normalised(columnsA);
        Set<String> b = normalised(columnsB);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        a.retainAll(b);
        return (double) a.size() / union.size();
    }

    private static Set<String> normalised(Collection<String> names) {
        Set<String> set = new HashSet<>();
        for (String name : names) {
            String compact = NameNormalizer.compact(name);
            if (!compact.isEmpty()) {
                set.add(NameNormalizer.singular(compact));
            }
        }
        return set;
    }
}
