package io.datasage.vector.embedding;

import io.datasage.vector.config.VectorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** Makes the one embedding model of the service a bean, loaded as the application starts. */
@ApplicationScoped
public class EmbedderProducer {

    @Produces
    @Singleton
    TextEmbedder embedder(VectorConfig config) {
        return TextEmbedder.allMiniLm(
                Path.of(config.embedding().modelDir()),
                config.embedding().threads(),
                config.embedding().batchSize());
    }

    void close(@Disposes TextEmbedder embedder) {
        embedder.close();
    }
}
