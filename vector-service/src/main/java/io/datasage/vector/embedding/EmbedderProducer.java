package io.datasage.vector.embedding;

import io.datasage.vector.config.VectorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the one embedding model of the service a bean; the model loads on first use (the index warm-up). */
@ApplicationScoped
public class EmbedderProducer {

    @Produces
    @Singleton
    TextEmbedder embedder(VectorConfig config) {
        return TextEmbedder.allMiniLm(config.embedding().threads(), config.embedding().batchSize());
    }

    void close(@Disposes TextEmbedder embedder) {
        embedder.close();
    }
}
