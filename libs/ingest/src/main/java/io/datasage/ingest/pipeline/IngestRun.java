package io.datasage.ingest.pipeline;

import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.ProgressListener;
import io.datasage.ingest.SourceFormat;
import io.datasage.ingest.infer.ColumnInference;
import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.infer.NullTokens;
import io.datasage.ingest.infer.TypeDecider;
import io.datasage.ingest.profile.Profile;
import io.datasage.ingest.source.RowSource;
import io.datasage.ingest.source.RowSources;
import io.datasage.ingest.source.SourceDescription;
import io.datasage.ingest.stats.DatasetStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * One ingest from start to finish: first pass (types), second pass (Arrow + statistics) into a temp file, profile,
 * then an atomic move of the Arrow file into place. The temp file is deleted whatever happens.
 */
public final class IngestRun {

    private final IngestOptions options;
    private final NullTokens nullTokens;

    public IngestRun(IngestOptions options) {
        this.options = options;
        this.nullTokens = new NullTokens(options.nullTokens());
    }

    public IngestResult run(Path file, SourceFormat format, Path arrowOut, ProgressListener listener)
            throws IngestException {
        Progress progress = new Progress(listener);
        // A name of its own: two runs on one dataset (a redelivery during a rebalance) never write one temp file.
        Path temp = arrowOut.resolveSibling(arrowOut.getFileName() + "." + UUID.randomUUID() + ".tmp");
        progress.report(Progress.PARSING, 0, 0);
        try (RowSource source = RowSources.open(file, format, options)) {
            InferenceResult inference = new InferencePass(options, nullTokens, progress).run(source);
            // Counted while the second pass runs: nothing adds to it any more.
            inference.duplicates().countInBackground();
            SourceDescription description = source.describe();
            List<ColumnSpec> specs = specs(inference, description);
            long[] nonNull = new long[specs.size()];
            for (int c = 0; c < nonNull.length; c++) {
                nonNull[c] = inference.columns()[c].nonNull();
            }
            DatasetStats stats = new DatasetStats(
                    specs,
                    nonNull,
                    inference.rows(),
                    options.exactValueBudget(),
                    options.exactValuesPerColumn(),
                    options.stringTallyCap());
            WritePass.Result written;
            try (BufferAllocator allocator = new RootAllocator()) {
                written = new WritePass(options, nullTokens, progress)
                        .run(source, inference, specs, temp, allocator, stats);
            }
            progress.report(Progress.PROFILING, 0, written.rows());
            Profile profile = ProfileAssembler.assemble(description, inference, written, stats);
            Files.move(temp, arrowOut, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.report(Progress.PROFILING, 1, written.rows());
            return new IngestResult(profile, inference.layout().names(), written.preview());
        } catch (IOException e) {
            throw new IngestException("writing", "the Arrow file could not be written: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Best effort: a stale temp file is never read, only wasted space.
            }
        }
    }

    private static List<ColumnSpec> specs(InferenceResult inference, SourceDescription description) {
        boolean semicolon = description.delimiter() != null && description.delimiter() == ';';
        List<String> names = inference.layout().names();
        List<ColumnSpec> specs = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            ColumnInference column = inference.columns()[c];
            specs.add(TypeDecider.decide(c, names.get(c), column, inference.rows(), semicolon));
        }
        return specs;
    }
}
