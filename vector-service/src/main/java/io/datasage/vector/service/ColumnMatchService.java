package io.datasage.vector.service;

import io.datasage.vector.DocumentKind;
import io.datasage.vector.config.VectorConfig;
import io.datasage.vector.embedding.TextEmbedder;
import io.datasage.vector.index.IndexFilter;
import io.datasage.vector.index.IndexHit;
import io.datasage.vector.index.VectorIndex;
import io.datasage.vector.matching.ColumnScore;
import io.datasage.vector.matching.ColumnScorer;
import io.datasage.vector.repository.VectorDocumentRepository;
import io.datasage.vector.rest.SearchViews.ColumnHit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/** Finds the columns of one dataset that a phrase most likely means, for the chat planner. */
@ApplicationScoped
public class ColumnMatchService {

    static final int MAX_LIMIT = 50;

    private final IndexHolder holder;
    private final TextEmbedder embedder;
    private final VectorDocumentRepository documents;
    private final DocumentIndexer indexer;
    private final ColumnScorer scorer;

    public ColumnMatchService(
            IndexHolder holder,
            TextEmbedder embedder,
            VectorDocumentRepository documents,
            DocumentIndexer indexer,
            VectorConfig config) {
        this.holder = holder;
        this.embedder = embedder;
        this.documents = documents;
        this.indexer = indexer;
        this.scorer = new ColumnScorer(
                config.columns().lexicalWeight(), config.columns().nearThreshold());
    }

    /** The best {@code limit} columns of the owner's dataset for {@code phrase}; 404 when the dataset is not indexed for them. */
    public List<ColumnHit> match(String ownerId, String datasetId, String phrase, int limit) {
        String id = QueryChecks.datasetId(datasetId);
        String q = QueryChecks.query(phrase, "q");
        QueryChecks.range("limit", limit, 1, MAX_LIMIT);
        VectorIndex index = holder.forReading();
        documents.findDataset(ownerId, id).orElseThrow(() -> QueryChecks.datasetNotFound(id));
        // The planner asks right after dataset.ready; finish that dataset now rather than answer from half of it.
        indexer.indexPendingOf(ownerId, id);

        IndexFilter columns =
                IndexFilter.owner(ownerId).kind(DocumentKind.COLUMN).dataset(id);
        int count = index.count(columns);
        if (count == 0) {
            return List.of();
        }
        // k = every column of the dataset: Lucene then scores them all exactly, so that lexical matches are never
        // missed.
        List<IndexHit> hits = index.search(embedder.embed(q), count, columns);
        return hits.stream()
                .map(h -> toHit(h, scorer.score(q, h.label(), h.similarity())))
                .sorted(Comparator.comparingDouble(ColumnHit::score).reversed())
                .limit(limit)
                .toList();
    }

    private static ColumnHit toHit(IndexHit hit, ColumnScore score) {
        return new ColumnHit(
                hit.label(),
                hit.detail(),
                QueryChecks.round(score.score()),
                score.match().value());
    }
}
