package io.datasage.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.datasage.ingest.FormatSniffer;
import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Coverage-guided fuzzing of what an uploader controls: any bytes, uploaded as a CSV or as an Excel workbook. The
 * only acceptable outcomes are a profile or an {@link IngestException} whose reason an uploader can read; anything
 * else (a runtime exception, an error, a hang) is a finding. Seeds and kept crash inputs live in
 * {@code src/test/resources/io/datasage/ingest/fuzz/IngestFuzzTestInputs/<method>/} and replay on every build.
 */
class IngestFuzzTest {

    // Small limits keep each run fast; the code paths are the same as with the defaults.
    private static final IngestOptions OPTIONS = IngestOptions.builder()
            .maxColumns(200)
            .maxInflatedBytes(32L << 20)
            .sharedStringsInMemoryBytes(1L << 20)
            .previewRows(20)
            .build();
    private static final Path DIR = tempDir();
    private static final AtomicLong RUN = new AtomicLong();

    @FuzzTest(maxDuration = "10s")
    void csv(byte[] upload) throws IOException {
        ingest(upload, "upload.csv");
    }

    @FuzzTest(maxDuration = "10s")
    void xlsx(byte[] upload) throws IOException {
        ingest(upload, "upload.xlsx");
    }

    private static void ingest(byte[] upload, String name) throws IOException {
        Path dir = Files.createDirectories(DIR.resolve(Long.toString(RUN.incrementAndGet())));
        Path file = Files.write(dir.resolve(name), upload);
        Path arrow = dir.resolve("data.arrow");
        try {
            SourceFormat format = FormatSniffer.sniff(file, name);
            IngestResult result = new Ingestor(OPTIONS).ingest(file, format, arrow, null);
            assertThat(result.profile().columnProfiles())
                    .hasSize(result.columnNames().size());
            assertThat(arrow).exists();
        } catch (IngestException e) {
            assertThat(e.reason()).as("the reason given to the uploader").isNotBlank();
            assertThat(arrow).as("no partial Arrow file is left behind").doesNotExist();
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("ingest-fuzz-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
