package io.datasage.worker.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.WarmupSample;
import io.datasage.platform.warmup.WarmupTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Ingests and profiles a built-in sample CSV as the worker starts, down to the profile JSON. */
@ApplicationScoped
public class IngestWarmup implements WarmupTask {

    private static final int ROWS = 20_000;

    private final ObjectMapper mapper;
    private Path dir;

    public IngestWarmup(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public void round() throws IOException, IngestException {
        if (dir == null) {
            dir = Files.createTempDirectory("datasage-warmup");
        }
        IngestResult result = WarmupSample.ingest(dir, ROWS);
        mapper.writeValueAsBytes(result.profile());
        mapper.writeValueAsBytes(PreviewFile.of(result));
    }

    @Override
    public void finish() {
        if (dir != null) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A leftover sample in the temporary directory is harmless.
            }
        }
    }
}
