package io.datasage.vector.service;

import io.datasage.vector.DocumentKind;
import io.datasage.vector.config.VectorConfig;
import io.datasage.vector.embedding.TextEmbedder;
import io.datasage.vector.index.IndexFilter;
import io.datasage.vector.index.IndexHit;
import io.datasage.vector.index.VectorIndex;
import io.datasage.vector.matching.ColumnScore;
import io.datasage.vector.matching.ColumnScorer;
import io.datasage.vector.matching.NameNormalizer;
import io.datasage.vector.rest.SearchViews.DatasetHit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Semantic search over the caller's own datasets: a dataset ranks by the better of its own description's
 * similarity and its best column's score, so that both "car data" and "revenue" find the right one.
 */
@ApplicationScoped
public class SearchService {

    static final int MAX_LIMIT = 50;
    static final int MIN_DATASET_CANDIDATES = 30;

    private final IndexHolder holder;
    private final TextEmbedder embedder;
    private final ColumnScorer scorer;
    private final VectorConfig.Datasets settings;

    public SearchService(IndexHolder holder, TextEmbedder embedder, VectorConfig config) {
        this.holder = holder;
        this.embedder = embedder;
        this.scorer = new ColumnScorer(
                config.columns().lexicalWeight(), config.columns().nearThreshold());
        this.settings = config.datasets();
    }

    /** Up to {@code limit} of the owner's datasets, best match first. */
    public List<DatasetHit> searchDatasets(String ownerId, String query, int limit) {
        String q = QueryChecks.query(query, "q");
        QueryChecks.range("limit", limit, 1, MAX_LIMIT);
        VectorIndex index = holder.forReading();
        float[] vector = embedder.embed(q);
        IndexFilter owned = IndexFilter.owner(ownerId);

        Map<String, List<ScoredColumn>> columnsByDataset = scoreColumns(index, q, vector, owned);
        Map<String, IndexHit> datasets = new LinkedHashMap<>();
        index.search(vector, Math.max(limit * 3, MIN_DATASET_CANDIDATES), owned.kind(DocumentKind.DATASET))
                .forEach(h -> datasets.put(h.datasetId(), h));
        Set<String> onlyByColumn = new HashSet<>(columnsByDataset.keySet());
        onlyByColumn.removeAll(datasets.keySet());
        if (!onlyByColumn.isEmpty()) {
            // A dataset found through a column still needs its own similarity and name.
            index.search(
                            vector,
                            onlyByColumn.size(),
                            owned.kind(DocumentKind.DATASET).datasets(onlyByColumn))
                    .forEach(h -> datasets.put(h.datasetId(), h));
        }

        List<DatasetHit> hits = new ArrayList<>(datasets.size());
        for (IndexHit dataset : datasets.values()) {
            List<ScoredColumn> columns = columnsByDataset.getOrDefault(dataset.datasetId(), List.of());
            double best =
                    columns.stream().mapToDouble(c -> c.score().score()).max().orElse(0);
            double score = Math.max(Math.max(0, dataset.similarity()), best);
            hits.add(new DatasetHit(dataset.datasetId(), dataset.label(), QueryChecks.round(score), matching(columns)));
        }
        hits.sort(Comparator.comparingDouble(DatasetHit::score).reversed());
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    private Map<String, List<ScoredColumn>> scoreColumns(
            VectorIndex index, String q, float[] vector, IndexFilter owned) {
        IndexFilter columns = owned.kind(DocumentKind.COLUMN);
        Map<String, IndexHit> candidates = new HashMap<>();
        index.search(vector, settings.columnCandidates(), columns).forEach(h -> candidates.put(h.id(), h));
        Set<String> words = new HashSet<>();
        for (String w : NameNormalizer.queryWords(q)) {
            words.add(w);
            words.add(NameNormalizer.singular(w));
        }
        // Columns named like the query are candidates even when their vectors are not among the nearest.
        index.search(vector, settings.columnCandidates(), columns.terms(words)).forEach(h -> candidates.put(h.id(), h));

        Map<String, List<ScoredColumn>> byDataset = new HashMap<>();
        for (IndexHit hit : candidates.values()) {
            ScoredColumn scored = new ScoredColumn(hit, scorer.score(q, hit.label(), hit.similarity()));
            byDataset.computeIfAbsent(hit.datasetId(), d -> new ArrayList<>()).add(scored);
        }
        return byDataset;
    }

    private List<String> matching(List<ScoredColumn> columns) {
        return columns.stream()
                .filter(c -> c.score().score() >= settings.matchingColumnMinScore())
                .sorted(Comparator.comparingDouble((ScoredColumn c) -> c.score().score())
                        .reversed())
                .limit(settings.matchingColumnsPerDataset())
                .map(c -> c.hit().label())
                .toList();
    }

    private record ScoredColumn(IndexHit hit, ColumnScore score) {}
}
