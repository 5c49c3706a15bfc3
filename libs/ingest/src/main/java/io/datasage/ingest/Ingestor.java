package io.datasage.ingest;

import io.datasage.ingest.pipeline.IngestRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Turns an uploaded file into an Arrow IPC file plus a profile, reading the file twice (types first, then values)
 * and never holding all rows: see {@link io.datasage.ingest.stats.DatasetStats} for the memory of each structure.
 *
 * <p>Row numbers in messages and problems are 1-based and count the header line as row 1: for text files they are
 * the line on which the record starts (what an editor shows; also what a spreadsheet shows when no quoted field spans
 * lines), for spreadsheets the row number Excel shows. An Ingestor holds no state between calls and may be shared.
 */
public final class Ingestor {

    private final IngestOptions options;

    public Ingestor(IngestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads {@code source} (which must be in {@code format}, see {@link FormatSniffer}), writes the Arrow IPC file
     * format to {@code arrowOut} (through a uniquely named temp file beside it and an atomic move), and returns the profile and a
     * preview.
     *
     * @param progress may be null
     * @throws IngestException with a reason written for the person who uploaded the file
     */
    public IngestResult ingest(Path source, SourceFormat format, Path arrowOut, ProgressListener progress)
            throws IngestException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(arrowOut, "arrowOut");
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("source " + source + " is not a readable file");
        }
        Path parent = arrowOut.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("arrowOut " + arrowOut + " is not in an existing directory");
        }
        return new IngestRun(options)
                .run(source, format, arrowOut, progress == null ? ProgressListener.NONE : progress);
    }
}
