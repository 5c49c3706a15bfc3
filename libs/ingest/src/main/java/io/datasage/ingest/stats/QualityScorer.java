package io.datasage.ingest.stats;

import io.datasage.ingest.profile.Quality;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The four quality scores and their weighted overall score, with the formulas stated in the profile. */
final class QualityScorer {

    static final Map<String, String> DEFINITIONS = definitions();

    private long cells;
    private long nullCells;
    private long invalidValues;
    private long consistent;
    private long checked;

    void addColumn(long rows, long nulls, long invalid) {
        cells += rows;
        nullCells += nulls;
        invalidValues += invalid;
    }

    void addConsistency(long[] consistentAndChecked) {
        consistent += consistentAndChecked[0];
        checked += consistentAndChecked[1];
    }

    Quality score(long rows, long duplicates, boolean estimated) {
        long nonNull = cells - nullCells;
        double completeness = cells == 0 ? 1 : (double) nonNull / cells;
        double validity = nonNull == 0 ? 1 : (double) (nonNull - invalidValues) / nonNull;
        double consistency = checked == 0 ? 1 : (double) consistent / checked;
        double uniqueness = rows == 0 ? 1 : 1 - (double) Math.min(duplicates, rows) / rows;
        double overall = 0.3 * completeness + 0.3 * validity + 0.2 * consistency + 0.2 * uniqueness;
        return new Quality(
                completeness, consistency, uniqueness, validity, overall, duplicates, estimated, DEFINITIONS);
    }

    private static Map<String, String> definitions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("completeness", "non-null cells / all cells (empty cells and null tokens such as NA are null)");
        d.put("validity", "non-null values that parse as their column's type / non-null values");
        d.put(
                "consistency",
                "values written consistently / values checked: category and text values that do not collide with a"
                        + " differently written value after trimming and case-folding (the most common spelling counts"
                        + " as consistent), and date values written in their column's most common shape");
        d.put(
                "uniqueness",
                "1 - rows identical to an earlier row / rows (64-bit row hashes; estimated from a hash"
                        + " sample past the row-hash budget, 8 million rows by default)");
        d.put("overall", "0.3 completeness + 0.3 validity + 0.2 consistency + 0.2 uniqueness");
        return Collections.unmodifiableMap(d);
    }
}
