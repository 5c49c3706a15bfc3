package io.datasage.ai.planner;

import io.datasage.ai.schema.DatasetSchema;
import java.util.List;

/**
 * Asks the optional {@link SemanticColumnMatcher} about runs of words nothing else explained, and keeps a match only
 * above the threshold and clearly ahead of the next column; a failing matcher costs only that match.
 */
final class SemanticLookup {

    private static final int SEMANTIC_CALLS = 3;

    private SemanticLookup() {}

    static void resolve(
            List<Part> parts,
            List<Token> tokens,
            DatasetSchema schema,
            SemanticColumnMatcher semantic,
            double threshold) {
        int calls = 0;
        SchemaIndex index = SchemaIndex.of(schema);
        for (int k = 0; k < parts.size() && calls < SEMANTIC_CALLS; k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD) {
                continue;
            }
            int end = k;
            while (end + 1 < parts.size()
                    && parts.get(end + 1).kind == Part.Kind.WORD
                    && parts.get(end + 1).start == parts.get(end).end) {
                end++;
            }
            if (index.isRowNoun(tokens.get(p.start).stem())) {
                // Words starting with what the rows are ("gift size" where Gift Date and Gift Type describe each
                // gift) describe the rows, not a column, however close in meaning one sounds (Gift Mo).
                k = end;
                continue;
            }
            String phrase = Annotator.text(tokens, p.start, parts.get(end).end - p.start);
            calls++;
            ColumnInfo match = ask(semantic, phrase, schema, threshold);
            if (match != null) {
                Part merged = Part.column(
                        p.start,
                        parts.get(end).end,
                        phrase,
                        List.of(new ColumnMatcher.Hit(match, parts.get(end).end - p.start, Quality.SEMANTIC, 0.6)));
                for (int r = end; r >= k; r--) {
                    parts.remove(r);
                }
                parts.add(k, merged);
            }
        }
    }

    private static ColumnInfo ask(
            SemanticColumnMatcher semantic, String phrase, DatasetSchema schema, double threshold) {
        List<ColumnMatch> matches;
        try {
            matches = semantic.match(phrase, schema);
        } catch (RuntimeException e) {
            // The vector service is optional: a failure only costs this one match.
            return null;
        }
        if (matches == null || matches.isEmpty()) {
            return null;
        }
        ColumnMatch best = matches.get(0);
        for (ColumnMatch m : matches) {
            if (m.score() > best.score()) {
                best = m;
            }
        }
        if (best.score() < threshold) {
            return null;
        }
        for (ColumnMatch m : matches) {
            if (m != best && !m.column().equals(best.column()) && best.score() - m.score() < 0.03) {
                return null;
            }
        }
        return SchemaIndex.of(schema).column(best.column());
    }
}
