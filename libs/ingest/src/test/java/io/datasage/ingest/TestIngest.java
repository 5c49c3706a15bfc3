package io.datasage.ingest;

import io.datasage.ingest.profile.ColumnProfile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a fixture, sniffs and ingests it the way the analysis worker does. */
final class TestIngest {

    private TestIngest() {}

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String content, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(charset));
        return file;
    }

    static IngestResult ingest(Path file) throws IngestException {
        return ingest(file, IngestOptions.defaults());
    }

    static IngestResult ingest(Path file, IngestOptions options) throws IngestException {
        SourceFormat format = FormatSniffer.sniff(file, file.getFileName().toString());
        Path arrow = file.resolveSibling(file.getFileName() + ".arrow");
        return new Ingestor(options).ingest(file, format, arrow, null);
    }

    static IngestResult csv(Path dir, String content) throws IOException, IngestException {
        return ingest(write(dir, "data.csv", content));
    }

    /** Temporary files left in {@code dir} (there should be none after an ingest, whatever its outcome). */
    static java.util.List<String> tempFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp"))
                    .toList();
        }
    }

    static ColumnProfile column(IngestResult result, String name) {
        return result.profile().columnProfiles().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name + " in " + result.columnNames()));
    }

    static ColumnType type(IngestResult result, String name) {
        return column(result, name).type();
    }
}
