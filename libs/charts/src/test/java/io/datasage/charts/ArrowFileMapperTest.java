package io.datasage.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Arrow files: metadata, columns the engine cannot chart, odd dictionaries, wrong formats. */
class ArrowFileMapperTest {

    @TempDir
    Path dir;

    @Test
    void readsTypesUnitsAndSkipsColumnsItCannotChart() throws Exception {
        Path file = dir.resolve("mixed.arrow");
        try (BufferAllocator allocator = new RootAllocator();
                Float4Vector small = new Float4Vector("float32", allocator);
                VarCharVector words = new VarCharVector(
                        new Field("word", FieldType.nullable(ArrowType.Utf8.INSTANCE), null), allocator)) {
            small.allocateNew(2);
            small.set(0, 1.5f);
            small.set(1, 2.5f);
            small.setValueCount(2);
            words.allocateNew(2);
            words.set(0, "a".getBytes(StandardCharsets.UTF_8));
            words.setNull(1);
            words.setValueCount(2);
            write(file, new VectorSchemaRoot(List.of(small.getField(), words.getField()), List.of(small, words)), null);
        }
        try (Dataset data = ArrowDatasets.openUncached(file)) {
            assertThat(data.schema().getFields()).hasSize(2);
            assertThat(data.columns()).containsExactly(ColumnInfo.of("word", ColumnType.TEXT));
            assertThat(data.rowCount()).isEqualTo(2);
        }
    }

    @Test
    void unitsComeFromFieldMetadata() throws Exception {
        Path file = new TestTable()
                .add("price", ColumnType.DECIMAL, "$", List.of(1.0))
                .writeArrow(dir.resolve("u.arrow"), 10);
        try (Dataset data = ArrowDatasets.openUncached(file)) {
            assertThat(data.columns()).containsExactly(new ColumnInfo("price", ColumnType.DECIMAL, "$", null));
        }
    }

    @Test
    void duplicateAndNullDictionaryEntriesGroupByValue() throws Exception {
        Path file = dir.resolve("dict.arrow");
        try (BufferAllocator allocator = new RootAllocator();
                VarCharVector dictionary = new VarCharVector("d", allocator)) {
            dictionary.allocateNew(3);
            dictionary.set(0, "West".getBytes(StandardCharsets.UTF_8));
            dictionary.setNull(1);
            dictionary.set(2, "West".getBytes(StandardCharsets.UTF_8));
            dictionary.setValueCount(3);
            DictionaryEncoding encoding = new DictionaryEncoding(7L, false, new ArrowType.Int(32, true));
            DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider();
            provider.put(new Dictionary(dictionary, encoding));
            try (IntVector region = new IntVector(
                    "region",
                    new FieldType(true, new ArrowType.Int(32, true), encoding, Map.of("datasage.type", "category")),
                    allocator)) {
                region.allocateNew(4);
                region.set(0, 0);
                region.set(1, 1);
                region.set(2, 2);
                region.setNull(3);
                region.setValueCount(4);
                write(file, new VectorSchemaRoot(List.of(region.getField()), List.of(region)), provider);
            }
        }
        try (Dataset data = ArrowDatasets.openUncached(file)) {
            ChartResult result = new ChartEngine().render(data, Charts.spec("{'chart_type': 'bar', 'x': 'region'}"));
            assertThat(result.rows()).containsExactly(Map.of("region", "West", "Count of rows", 2L));
            assertThat(result.stats().nullsSkipped()).containsEntry("region", 2L);
        }
    }

    @Test
    void anEmptyFileChartsNothing() throws Exception {
        Path file =
                new TestTable().add("v", ColumnType.INTEGER, new Object[0]).writeArrow(dir.resolve("empty.arrow"), 10);
        try (Dataset data = ArrowDatasets.openUncached(file)) {
            ChartResult result = new ChartEngine().render(data, Charts.spec("{'chart_type': 'kpi', 'y': 'v'}"));
            assertThat(result.rows().get(0)).containsEntry("n", 0L);
            assertThat(result.summary()).isEqualTo("The dataset has no rows to chart");
        }
    }

    @Test
    void theStreamFormatIsRefused() throws Exception {
        Path file = dir.resolve("stream.arrow");
        try (BufferAllocator allocator = new RootAllocator();
                IntVector v = new IntVector("v", allocator)) {
            v.allocateNew(1);
            v.set(0, 1);
            v.setValueCount(1);
            try (VectorSchemaRoot root = new VectorSchemaRoot(List.of(v.getField()), List.of(v));
                    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    ArrowStreamWriter writer = new ArrowStreamWriter(root, null, channel)) {
                writer.start();
                writer.writeBatch();
                writer.end();
            }
        }
        assertThatThrownBy(() -> ArrowDatasets.openUncached(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("is not an Arrow IPC file (no ARROW1 magic; stream format?)");
    }

    private static void write(Path file, VectorSchemaRoot root, DictionaryProvider provider) throws Exception {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                ArrowFileWriter writer = new ArrowFileWriter(root, provider, channel)) {
            writer.start();
            writer.writeBatch();
            writer.end();
        }
    }
}
