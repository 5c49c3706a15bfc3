package io.datasage.vector.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the vector service: where the index lives, how embeddings are batched, how matches are scored. */
@ConfigMapping(prefix = "datasage.vector")
public interface VectorConfig {

    /** Directory of the Lucene index; derived data that is rebuilt from {@code vector_documents} when lost. */
    @WithDefault("${datasage.data-dir}/vector-index")
    String indexDir();

    /** Embedding settings. */
    Embedding embedding();

    /** Column-matching settings. */
    Columns columns();

    /** Dataset-search settings. */
    Datasets datasets();

    /** Question-memory settings. */
    Questions questions();

    /** How texts are turned into vectors. */
    interface Embedding {

        /** Directory the bundled model files are copied to once, for the ONNX runtime to load natively. */
        @WithDefault("${datasage.data-dir}/models")
        String modelDir();

        /** Texts sent to the model per call; bounds memory and lets indexing yield between batches. */
        @WithDefault("32")
        int batchSize();

        /** Threads that run the model; 0 means one per CPU core. */
        @WithDefault("0")
        int threads();

        /** Pending documents taken from the store per indexing round. */
        @WithDefault("256")
        int pendingPerRound();

        /** How often the store is swept for documents whose embedding failed or was interrupted. */
        @WithDefault("10s")
        Duration sweepInterval();
    }

    /** How a phrase is matched to column names. */
    interface Columns {

        /** Weight of the lexical (name) score against the vector score, 0-1; names win ties with meaning. */
        @WithDefault("0.6")
        double lexicalWeight();

        /** Lexical score from which a match is reported as {@code near} rather than {@code semantic}. */
        @WithDefault("0.6")
        double nearThreshold();
    }

    /** How datasets are ranked. */
    interface Datasets {

        /** Column documents considered per search, on top of the columns whose names share a word with the query. */
        @WithDefault("100")
        int columnCandidates();

        /** Lowest column score (as the columns endpoint reports it) for a column to be listed as matching. */
        @WithDefault("0.15")
        double matchingColumnMinScore();

        /** Matching columns listed per dataset. */
        @WithDefault("5")
        int matchingColumnsPerDataset();
    }

    /** How past questions are recalled. */
    interface Questions {

        /** Lowest Jaccard similarity of column-name sets for another dataset's questions to be offered. */
        @WithDefault("0.5")
        double similarSchemaMin();
    }
}
