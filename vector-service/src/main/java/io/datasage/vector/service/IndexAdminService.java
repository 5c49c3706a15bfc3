package io.datasage.vector.service;

import io.datasage.vector.embedding.TextEmbedder;
import io.datasage.vector.repository.VectorDocumentRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/** Starts a rebuild of the index on request. */
@ApplicationScoped
public class IndexAdminService {

    private final IndexHolder holder;
    private final IndexMaintainer maintainer;
    private final VectorDocumentRepository documents;
    private final String model;

    public IndexAdminService(
            IndexHolder holder, IndexMaintainer maintainer, VectorDocumentRepository documents, TextEmbedder embedder) {
        this.holder = holder;
        this.maintainer = maintainer;
        this.documents = documents;
        this.model = embedder.modelName();
    }

    /** Queues a rebuild; returns how many stored documents it will index. 503 while the index is still starting. */
    public long requestRebuild() {
        holder.forReading();
        long stored = documents.countWhereEmbeddedWith(model);
        Log.infof("Rebuild of the vector index requested (%d stored documents)", stored);
        maintainer.requestRebuild();
        return stored;
    }
}
