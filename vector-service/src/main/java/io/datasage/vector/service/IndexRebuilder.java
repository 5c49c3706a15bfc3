package io.datasage.vector.service;

import io.datasage.vector.embedding.TextEmbedder;
import io.datasage.vector.index.VectorIndex;
import io.datasage.vector.mapping.IndexEntries;
import io.datasage.vector.repository.VectorDocumentEntity;
import io.datasage.vector.repository.VectorDocumentRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Stream;

/** Rebuilds the index from {@code vector_documents}, reusing stored vectors; documents without one are embedded later. */
@ApplicationScoped
public class IndexRebuilder {

    private final VectorDocumentRepository documents;
    private final IndexHolder holder;
    private final String model;

    public IndexRebuilder(VectorDocumentRepository documents, IndexHolder holder, TextEmbedder embedder) {
        this.documents = documents;
        this.holder = holder;
        this.model = embedder.modelName();
    }

    /** Rebuilds when the index was just reset, or when it and the store disagree on how many documents there are. */
    public void rebuildIfNeeded(VectorIndex index) {
        // Counted under the write lock, so that a concurrent event cannot make the two counts disagree for a moment.
        holder.locked(() -> {
            long redo = documents.clearEmbeddingsNotFrom(model);
            if (redo > 0) {
                Log.infof("%d stored vectors come from another model; they are embedded again with %s", redo, model);
            }
            long stored = documents.countWhereEmbeddedWith(model);
            int indexed = index.count();
            if (index.openState() == VectorIndex.OpenState.RESET) {
                Log.warnf(
                        "The vector index was unreadable (%s); rebuilding it from %d stored documents",
                        index.resetReason(), stored);
            } else if (stored == indexed && redo == 0) {
                return;
            } else {
                Log.infof(
                        "The vector index holds %d documents and the store %d; rebuilding the index from the store",
                        indexed, stored);
            }
            rebuild(index);
        });
    }

    /** Replaces the index content with every stored document that has a vector; returns how many were indexed. */
    public int rebuild(VectorIndex index) {
        return holder.locked(() -> {
            long started = System.nanoTime();
            int count;
            try (Stream<VectorDocumentEntity> stored = documents.streamAllWhereEmbeddedWith(model)) {
                count = index.replaceAll(stored.map(IndexEntries::from).iterator());
            }
            holder.markStale(false);
            Log.infof(
                    "Rebuilt the vector index: %d documents in %d ms",
                    count, (System.nanoTime() - started) / 1_000_000);
            return count;
        });
    }
}
