package io.datasage.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A small built-in sales table that services ingest and chart as they start, so that the JIT has compiled the
 * data path before the first user's file or chart: the same bytes every time.
 */
public final class WarmupSample implements AutoCloseable {

    /** Columns of the sample, for charts and questions about it. */
    public static final String HEADER =
            "order_date,region,segment,category,customer,quantity,sales,profit,order_id,shipped_at,returned,discount,note";

    private static final String[] REGIONS = {"West", "East", "Central", "South"};
    private static final String[] SEGMENTS = {"Consumer", "Corporate", "Home Office"};
    private static final String[] CATEGORIES = {"Chairs", "Tables", "Phones", "Paper", "Binders", "Storage"};
    private static final LocalDate START = LocalDate.of(2022, 1, 1);

    private final Path dir;
    private final IngestResult result;

    private WarmupSample(Path dir, IngestResult result) {
        this.dir = dir;
        this.result = result;
    }

    /** Ingests a sample of {@code rows} rows in a new temporary folder, which {@link #close()} deletes. */
    public static WarmupSample ingest(int rows) throws IOException, IngestException {
        Path dir = Files.createTempDirectory("datasage-warmup");
        try {
            Path csv = writeCsv(dir.resolve("sample.csv"), rows);
            IngestResult result = new Ingestor(IngestOptions.defaults())
                    .ingest(csv, SourceFormat.CSV, dir.resolve("data.arrow"), null);
            return new WarmupSample(dir, result);
        } catch (IOException | IngestException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /** The Arrow file of the sample. */
    public Path arrow() {
        return dir.resolve("data.arrow");
    }

    /** What the ingest returned: profile, column names, preview. */
    public IngestResult result() {
        return result;
    }

    /** Writes {@code rows} rows (plus the header) as CSV to {@code file}. */
    public static Path writeCsv(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(rows);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                int quantity = 1 + random.nextInt(9);
                double sales = quantity * (5 + random.nextInt(50_000) / 100.0);
                LocalDate day = START.plusDays(random.nextInt(730));
                // The last columns take the reading paths users' files need beyond the first eight: a unique id, a
                // timestamp, a yes/no flag, a fraction with empty cells, quoted text with a comma.
                out.write(String.format(
                        Locale.ROOT,
                        "%s,%s,%s,%s,Customer %d,%d,%.2f,%.2f,%d,%s %02d:%02d,%s,%s,%s%n",
                        day,
                        REGIONS[random.nextInt(REGIONS.length)],
                        SEGMENTS[random.nextInt(SEGMENTS.length)],
                        CATEGORIES[random.nextInt(CATEGORIES.length)],
                        1 + random.nextInt(300),
                        quantity,
                        sales,
                        sales * (random.nextInt(60) - 15) / 100.0,
                        100_000 + i,
                        day.plusDays(1 + random.nextInt(5)),
                        random.nextInt(24),
                        random.nextInt(60),
                        random.nextInt(10) == 0 ? "Yes" : "No",
                        random.nextInt(8) == 0 ? "" : String.format(Locale.ROOT, "%.2f", random.nextInt(40) / 100.0),
                        random.nextInt(5) == 0 ? "\"late, resent\"" : "ok"));
            }
        }
        return file;
    }

    /** Deletes the temporary folder. */
    @Override
    public void close() {
        delete(dir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover sample in the temporary directory is harmless.
        }
    }
}
