package io.datasage.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datasage.charts.data.DatasetHandle;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset cache: LRU by bytes, reopen after a change, safe eviction and close while in use. */
class ArrowDatasetsTest {

    private static final String COUNT = "{'chart_type': 'kpi'}";

    @TempDir
    Path dir;

    private final ChartEngine engine = new ChartEngine();

    @Test
    void evictsTheLeastRecentlyOpenedWhenOverTheByteBudget() throws Exception {
        Path a = file("a.arrow", 100);
        Path b = file("b.arrow", 100);
        Path c = file("c.arrow", 100);
        long size = Files.size(a);
        try (ArrowDatasets datasets = new ArrowDatasets(2 * size)) {
            datasets.open(a).close();
            datasets.open(b).close();
            datasets.open(a).close();
            assertThat(datasets.size()).isEqualTo(2);

            datasets.open(c).close();

            assertThat(datasets.size()).isEqualTo(2);
            assertThat(datasets.cachedBytes()).isEqualTo(2 * size);
            Dataset again = datasets.open(a);
            assertThat(((DatasetHandle) again).references())
                    .as("a stayed cached: cache + this handle")
                    .isEqualTo(2);
            again.close();
        }
    }

    @Test
    void cacheHitsShareTheMappedData() throws Exception {
        Path a = file("a.arrow", 10);
        try (ArrowDatasets datasets = new ArrowDatasets(1 << 30);
                Dataset first = datasets.open(a);
                Dataset second = datasets.open(a)) {
            assertThat(((DatasetHandle) first).references()).isEqualTo(3);
            assertThat(second.rowCount()).isEqualTo(10);
            assertThat(second.columns()).extracting(ColumnInfo::name).containsExactly("k", "v");
        }
    }

    /** Writers replace dataset files by rename (as libs/ingest must): a mapped file is never rewritten in place. */
    @Test
    void reopensAFileThatChanged() throws Exception {
        Path a = file("a.arrow", 10);
        try (ArrowDatasets datasets = new ArrowDatasets(1 << 30)) {
            Dataset before = datasets.open(a);
            Files.move(
                    writeRows(dir.resolve("a.tmp"), 25),
                    a,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Dataset after = datasets.open(a);

            assertThat(after.rowCount()).isEqualTo(25);
            assertThat(count(before))
                    .as("old handle keeps reading the old data")
                    .isEqualTo(10L);
            assertThat(count(after)).isEqualTo(25L);
            before.close();
            assertThat(((DatasetHandle) before).isMapped()).isFalse();

            FileTime touched = FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 2000);
            Files.setLastModifiedTime(a, touched);
            Dataset touchedAgain = datasets.open(a);
            assertThat(((DatasetHandle) after).isMapped())
                    .as("same size, new mtime: remapped, old copy still held")
                    .isTrue();
            after.close();
            assertThat(((DatasetHandle) after).isMapped()).isFalse();
            touchedAgain.close();
        }
    }

    @Test
    void evictionWhileInUseIsSafeAndTheLastReleaseUnmaps() throws Exception {
        Path a = file("a.arrow", 50);
        Path b = file("b.arrow", 50);
        try (ArrowDatasets datasets = new ArrowDatasets(Files.size(a))) {
            Dataset inUse = datasets.open(a);
            datasets.open(b).close();

            assertThat(datasets.size()).isEqualTo(1);
            assertThat(((DatasetHandle) inUse).isMapped()).isTrue();
            assertThat(count(inUse)).isEqualTo(50L);
            inUse.close();
            assertThat(((DatasetHandle) inUse).isMapped()).isFalse();
            assertThatThrownBy(() -> count(inUse))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }
    }

    @Test
    void concurrentRendersSurviveEvictionAndInvalidation() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(file("f" + i + ".arrow", 1000 + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ArrowDatasets datasets = new ArrowDatasets(Files.size(files.get(0)) + 1)) {
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                results.add(pool.submit(() -> {
                    long checked = 0;
                    for (int i = 0; i < 200; i++) {
                        int which = i % files.size();
                        try (Dataset data = datasets.open(files.get(which))) {
                            assertThat(count(data)).isEqualTo(1000L + which);
                            checked++;
                        }
                        if (i % 7 == 0) {
                            datasets.invalidate(files.get(which));
                        }
                    }
                    return checked;
                }));
            }
            for (Future<Long> result : results) {
                assertThat(result.get()).isEqualTo(200L);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void closingTheCacheKeepsOpenHandlesUsable() throws Exception {
        Path a = file("a.arrow", 5);
        ArrowDatasets datasets = new ArrowDatasets(1 << 20);
        Dataset data = datasets.open(a);
        datasets.close();

        assertThat(count(data)).isEqualTo(5L);
        assertThatThrownBy(() -> datasets.open(a)).isInstanceOf(IllegalStateException.class);
        data.close();
        assertThat(((DatasetHandle) data).isMapped()).isFalse();
    }

    @Test
    void aFileThatIsNotArrowFailsClearly() throws Exception {
        Path text = Files.writeString(dir.resolve("data.csv"), "region,sales\nWest,1\n");
        try (ArrowDatasets datasets = new ArrowDatasets(1 << 20)) {
            assertThatThrownBy(() -> datasets.open(text))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("is not an Arrow IPC file");
            assertThatThrownBy(() -> datasets.open(dir.resolve("missing.arrow")))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("cannot read dataset file");
        }
    }

    @Test
    void aPreparedFileIsCachedAndAnUnreadableOneIsReportedNotThrown() throws Exception {
        Path a = file("a.arrow", 10);
        Path text = Files.writeString(dir.resolve("data.csv"), "region,sales\nWest,1\n");
        try (ArrowDatasets datasets = new ArrowDatasets(1 << 30)) {
            assertThat(datasets.prepare(a)).isTrue();
            assertThat(datasets.size()).isEqualTo(1);
            try (Dataset data = datasets.open(a)) {
                assertThat(((DatasetHandle) data).references())
                        .as("the render finds it prepared: cache + this handle")
                        .isEqualTo(2);
            }
            assertThat(datasets.prepare(text)).isFalse();
            assertThat(datasets.prepare(dir.resolve("missing.arrow"))).isFalse();
            assertThat(datasets.size()).isEqualTo(1);
        }
    }

    @Test
    void aDatasetsFolderIsDroppedWholeAndOthersStay() throws Exception {
        Path v1 = writeRows(Files.createDirectories(dir.resolve("d1")).resolve("data.arrow"), 10);
        Path v2 = writeRows(Files.createDirectories(dir.resolve("d1/v2")).resolve("data.arrow"), 10);
        Path other = writeRows(Files.createDirectories(dir.resolve("d10")).resolve("data.arrow"), 10);
        try (ArrowDatasets datasets = new ArrowDatasets(1 << 30)) {
            datasets.prepare(v1);
            datasets.prepare(v2);
            datasets.prepare(other);
            assertThat(datasets.invalidateUnder(dir.resolve("d1"))).isEqualTo(2);
            assertThat(datasets.size()).as("d10 is not under d1").isEqualTo(1);
        }
    }

    private long count(Dataset data) throws ChartSpecException {
        return (Long) engine.render(data, Charts.spec(COUNT)).rows().get(0).get("Count of rows");
    }

    private Path file(String name, int rows) throws Exception {
        return writeRows(dir.resolve(name), rows);
    }

    private static Path writeRows(Path file, int rows) throws Exception {
        Object[] keys = new Object[rows];
        Object[] values = new Object[rows];
        for (int i = 0; i < rows; i++) {
            keys[i] = "k" + (i % 3);
            values[i] = (long) i;
        }
        return new TestTable()
                .add("k", ColumnType.CATEGORY, keys)
                .add("v", ColumnType.INTEGER, values)
                .writeArrow(file, 64);
    }
}
