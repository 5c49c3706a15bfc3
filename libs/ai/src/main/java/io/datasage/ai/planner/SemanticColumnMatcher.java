package io.datasage.ai.planner;

import io.datasage.ai.schema.DatasetSchema;
import java.util.List;

/**
 * Finds the columns a phrase means by meaning rather than spelling ("fuel efficiency" for {@code mpg}); the chat
 * service backs it with the vector service's sentence embeddings. The planner asks it last, only for words that
 * nothing else understood, and keeps a match only above its threshold.
 */
public interface SemanticColumnMatcher {

    /** Candidate columns for {@code phrase}, best first, scores 0-1; empty when none fits. */
    List<ColumnMatch> match(String phrase, DatasetSchema schema);
}
