package io.datasage.worker.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.ingest.IngestException;
import io.datasage.ingest.WarmupSample;
import io.datasage.platform.warmup.WarmupTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

/** Ingests and profiles a built-in sample CSV as the worker starts, down to the profile and preview JSON. */
@ApplicationScoped
public class IngestWarmup implements WarmupTask {

    private static final int ROWS = 20_000;

    private final ObjectMapper mapper;

    public IngestWarmup(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public void round() throws IOException, IngestException {
        try (WarmupSample sample = WarmupSample.ingest(ROWS)) {
            mapper.writeValueAsBytes(sample.result().profile());
            mapper.writeValueAsBytes(PreviewFile.of(sample.result()));
        }
    }
}
