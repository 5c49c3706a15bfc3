package io.datasage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ingest.bench.MixedCsvGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress the uploader sees: monotonic percentages through the three phases, throttled. */
class ProgressTest {

    @TempDir
    Path dir;

    private record Call(String phase, int percent, long rows) {}

    @Test
    void percentIsMonotonicThroughThePhasesAndEndsAt100() throws Exception {
        Path file = MixedCsvGenerator.write(dir.resolve("p.csv"), 50_000);
        List<Call> calls = new ArrayList<>();
        new Ingestor(IngestOptions.defaults())
                .ingest(
                        file,
                        SourceFormat.CSV,
                        dir.resolve("p.arrow"),
                        (phase, percent, rows) -> calls.add(new Call(phase, percent, rows)));
        assertThat(calls).extracting(Call::phase).containsSubsequence("parsing", "writing", "profiling");
        assertThat(calls).extracting(Call::percent).isSorted();
        assertThat(calls.get(0).percent()).isZero();
        assertThat(calls.get(calls.size() - 1)).isEqualTo(new Call("profiling", 100, 50_000));
        // Throttled: far fewer calls than rows.
        assertThat(calls.size()).isLessThan(60);
    }

    @Test
    void aFailingListenerDoesNotFailTheIngest() throws Exception {
        Path file = TestIngest.write(dir, "small.csv", "a\n1\n2\n");
        IngestResult result = new Ingestor(IngestOptions.defaults())
                .ingest(file, SourceFormat.CSV, dir.resolve("s.arrow"), (phase, percent, rows) -> {
                    throw new IllegalStateException("listener broke");
                });
        assertThat(result.profile().rows()).isEqualTo(2);
    }
}
