package io.datasage.ingest;

import static io.datasage.ingest.TestIngest.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datasage.ingest.bench.MemoryProbe;
import io.datasage.ingest.bench.MixedCsvGenerator;
import io.datasage.ingest.profile.ColumnProfile;
import io.datasage.ingest.profile.HistogramBin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paths that keep memory flat: sketches past the exact budget, sampled row hashes, bounded string counts. */
class MemoryBudgetTest {

    private static final int ROWS = 20_000;

    @TempDir
    static Path dir;

    static Path file;
    static IngestResult exact;

    @BeforeAll
    static void generate() throws Exception {
        file = MixedCsvGenerator.write(dir.resolve("mixed.csv"), ROWS);
        exact = TestIngest.ingest(file);
    }

    @Test
    void columnsPastTheExactBudgetAreSketchedAndSaySo() throws Exception {
        IngestResult sketched = TestIngest.ingest(
                file, IngestOptions.builder().exactValueBudget(ROWS).build());
        // The first numeric column fits the budget; the others are sketched.
        assertThat(column(sketched, "id").numeric().quantilesApproximate()).isFalse();
        for (String name : new String[] {"unit_price", "revenue", "rating"}) {
            ColumnProfile approx = column(sketched, name);
            ColumnProfile truth = column(exact, name);
            assertThat(truth.numeric().quantilesApproximate()).isFalse();
            assertThat(approx.numeric().quantilesApproximate()).as(name).isTrue();
            assertThat(approx.distinctApproximate()).as(name).isTrue();
            assertThat(approx.numeric().min()).isEqualTo(truth.numeric().min());
            assertThat(approx.numeric().max()).isEqualTo(truth.numeric().max());
            assertThat(approx.numeric().mean())
                    .isCloseTo(
                            truth.numeric().mean(),
                            within(1e-6 * Math.abs(truth.numeric().mean())));
            double spread = truth.numeric().quantiles().p95()
                    - truth.numeric().quantiles().p05();
            assertThat(approx.numeric().quantiles().p50())
                    .as(name)
                    .isCloseTo(truth.numeric().quantiles().p50(), within(0.03 * spread));
            assertThat((double) approx.distinct()).isCloseTo(truth.distinct(), within(0.05 * truth.distinct()));
            long binned = approx.numeric().histogram().stream()
                    .mapToLong(HistogramBin::count)
                    .sum();
            assertThat((double) binned).isCloseTo(approx.count(), within(0.01 * approx.count()));
        }
        assertThat(sketched.profile().outliers())
                .filteredOn(o -> o.column().equals("revenue"))
                .singleElement()
                .satisfies(o -> assertThat(o.approximate()).isTrue());
    }

    @Test
    void exactColumnsHistogramsCountEveryValue() {
        for (ColumnProfile column : exact.profile().columnProfiles()) {
            if (column.numeric() != null) {
                List<HistogramBin> bins = column.numeric().histogram();
                assertThat(bins.stream().mapToLong(HistogramBin::count).sum())
                        .as(column.name())
                        .isEqualTo(column.count());
            }
        }
    }

    @Test
    void duplicatesAreEstimatedFromAHashSamplePastTheBudget() throws Exception {
        StringBuilder csv = new StringBuilder("a,b,c\n");
        for (int i = 0; i < ROWS; i++) {
            int key = i % 10 == 0 ? i / 10 : i;
            csv.append(key)
                    .append(",x")
                    .append(key % 97)
                    .append(',')
                    .append(key % 13)
                    .append('\n');
        }
        Path duplicates = TestIngest.write(dir, "dups.csv", csv.toString());
        IngestResult exactCount = TestIngest.ingest(duplicates);
        assertThat(exactCount.profile().quality().duplicateRows()).isEqualTo(1800);
        assertThat(exactCount.profile().quality().duplicatesEstimated()).isFalse();
        assertThat(exactCount.profile().quality().uniqueness()).isEqualTo(1 - 1800.0 / ROWS);

        IngestResult sampled = TestIngest.ingest(
                duplicates, IngestOptions.builder().rowHashBudget(4000).build());
        assertThat(sampled.profile().quality().duplicatesEstimated()).isTrue();
        assertThat((double) sampled.profile().quality().duplicateRows()).isCloseTo(1800, within(400.0));
    }

    @Test
    void textColumnsPastTheStringCapAreSketched() throws Exception {
        IngestResult capped = TestIngest.ingest(
                file, IngestOptions.builder().stringTallyCap(100).build());
        ColumnProfile customer = column(capped, "customer");
        assertThat(customer.type()).isEqualTo(ColumnType.TEXT);
        assertThat(customer.distinctApproximate()).isTrue();
        assertThat((double) customer.distinct())
                .isCloseTo(column(exact, "customer").distinct(), within(0.05 * ROWS));
        assertThat(column(capped, "region").type()).isEqualTo(ColumnType.CATEGORY);
    }

    /** A file larger than the heap of the JVM that ingests it: nothing may hold all rows or all cells. */
    @Test
    void aFileLargerThanTheHeapIngestsInASmallJvm() throws Exception {
        Path big = MixedCsvGenerator.write(dir.resolve("big.csv"), 520_000);
        assertThat(Files.size(big)).isGreaterThan(48L << 20);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx48m",
                        "-XX:+UseSerialGC",
                        "--add-opens=java.base/java.nio=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        MemoryProbe.class.getName(),
                        big.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        // Budgets follow the heap: most numeric columns are sketched in 48 MB.
        assertThat(output).contains("rows=520000").containsPattern("sketched=[1-9]");
        Files.deleteIfExists(big);
    }
}
