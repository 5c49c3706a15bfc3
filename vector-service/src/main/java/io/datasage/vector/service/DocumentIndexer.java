package io.datasage.vector.service;

import io.datasage.vector.embedding.TextEmbedder;
import io.datasage.vector.index.IndexEntry;
import io.datasage.vector.mapping.IndexEntries;
import io.datasage.vector.mapping.VectorBytes;
import io.datasage.vector.repository.VectorDocumentEntity;
import io.datasage.vector.repository.VectorDocumentRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Embeds documents that wait for a vector, stores the vectors and adds the documents to the index. */
@ApplicationScoped
public class DocumentIndexer {

    private final TextEmbedder embedder;
    private final VectorDocumentRepository documents;
    private final IndexHolder holder;

    public DocumentIndexer(TextEmbedder embedder, VectorDocumentRepository documents, IndexHolder holder) {
        this.embedder = embedder;
        this.documents = documents;
        this.holder = holder;
    }

    /** Indexes the owner's dataset now if some of its documents still wait, so that a caller never sees it half-indexed. */
    public void indexPendingOf(String ownerId, String datasetId) {
        List<VectorDocumentEntity> pending = documents.listAllWherePendingInDataset(ownerId, datasetId);
        if (!pending.isEmpty()) {
            index(pending);
        }
    }

    /** Embeds {@code batch} (on the model's own threads), then stores and indexes the documents that still exist. */
    public int index(List<VectorDocumentEntity> batch) {
        List<float[]> vectors =
                embedder.embedAll(batch.stream().map(d -> d.text).toList());
        return holder.locked(() -> {
            List<IndexEntry> entries = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                VectorDocumentEntity doc = batch.get(i);
                // A document deleted or rewritten while it was being embedded is skipped, not resurrected.
                if (documents.setEmbedding(
                        doc.id, doc.text, VectorBytes.toBytes(vectors.get(i)), embedder.modelName())) {
                    entries.add(IndexEntries.from(doc, vectors.get(i)));
                }
            }
            holder.opened().ifPresent(index -> upsert(index, entries));
            return entries.size();
        });
    }

    private void upsert(io.datasage.vector.index.VectorIndex index, List<IndexEntry> entries) {
        try {
            index.upsert(entries);
        } catch (RuntimeException e) {
            // The vectors are stored; the index lags behind until it is rebuilt from the store.
            holder.markStale(true);
            Log.errorf(
                    e,
                    "Could not add %d documents to the vector index; it will be rebuilt from the store",
                    entries.size());
        }
    }
}
