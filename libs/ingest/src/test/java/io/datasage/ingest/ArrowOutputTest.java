package io.datasage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datasage.ingest.arrow.ArrowFields;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Arrow IPC file as other services read it: types, metadata, dictionaries, values, nulls, atomic writes. */
class ArrowOutputTest {

    /** Notes are long enough (64+ characters on average) to be text rather than a category. */
    private static final String LONG = " - a free-text remark long enough that nobody would group by it";

    private static final String CSV = "id,price,paid,day,at,region,note\n"
            + "1,$10.50,yes,2024-01-02,2024-01-02 10:00:00,North,first" + LONG + "\n"
            + "2,,no,2024-01-03,2024-01-03 11:30:00,South,\n"
            + "3,$7.25,,,2024-01-04 12:00:00,North,third note" + LONG + "\n";

    @TempDir
    Path dir;

    @Test
    void schemaTypesMetadataAndDictionaries() throws Exception {
        Path file = TestIngest.write(dir, "data.csv", CSV);
        Path arrow = dir.resolve("data.arrow");
        new Ingestor(IngestOptions.defaults()).ingest(file, SourceFormat.CSV, arrow, null);
        assertThat(TestIngest.tempFiles(dir)).isEmpty();

        try (BufferAllocator allocator = new RootAllocator();
                FileChannel channel = FileChannel.open(arrow, StandardOpenOption.READ);
                ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
            Schema schema = reader.getVectorSchemaRoot().getSchema();
            assertThat(schema.getFields())
                    .extracting(Field::getName)
                    .containsExactly("id", "price", "paid", "day", "at", "region", "note");
            assertThat(type(schema, "id")).isEqualTo(new ArrowType.Int(64, true));
            assertThat(type(schema, "price")).isEqualTo(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
            assertThat(type(schema, "paid")).isEqualTo(ArrowType.Bool.INSTANCE);
            assertThat(type(schema, "day")).isEqualTo(new ArrowType.Date(DateUnit.DAY));
            assertThat(type(schema, "at")).isEqualTo(new ArrowType.Timestamp(TimeUnit.MILLISECOND, null));
            // Java readers show a dictionary-encoded column as its Int32 indexes; the dictionary holds Utf8 values.
            assertThat(type(schema, "region")).isEqualTo(new ArrowType.Int(32, true));
            assertThat(schema.findField("region").getDictionary().getIndexType())
                    .isEqualTo(new ArrowType.Int(32, true));
            long regionDictionary = schema.findField("region").getDictionary().getId();
            assertThat(reader.getDictionaryVectors().get(regionDictionary).getVectorType())
                    .isEqualTo(ArrowType.Utf8.INSTANCE);
            assertThat(type(schema, "note")).isEqualTo(ArrowType.Utf8.INSTANCE);
            assertThat(schema.findField("note").getDictionary()).isNull();

            assertThat(schema.findField("id").getMetadata()).containsEntry(ArrowFields.TYPE, "integer");
            assertThat(schema.findField("price").getMetadata())
                    .containsEntry(ArrowFields.TYPE, "decimal")
                    .containsEntry(ArrowFields.UNIT, "$");
            assertThat(schema.findField("day").getMetadata())
                    .containsEntry(ArrowFields.TYPE, "date")
                    .containsEntry(ArrowFields.FORMAT, "yyyy-MM-dd");
            assertThat(schema.findField("at").getMetadata()).containsEntry(ArrowFields.TYPE, "datetime");
            assertThat(schema.findField("region").getMetadata()).containsEntry(ArrowFields.TYPE, "category");
            assertThat(schema.findField("note").getMetadata()).containsEntry(ArrowFields.TYPE, "text");

            assertThat(reader.loadNextBatch()).isTrue();
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            assertThat(root.getRowCount()).isEqualTo(3);
            BigIntVector id = (BigIntVector) root.getVector("id");
            assertThat(id.get(2)).isEqualTo(3);
            Float8Vector price = (Float8Vector) root.getVector("price");
            assertThat(price.get(0)).isEqualTo(10.5);
            assertThat(price.isNull(1)).isTrue();
            BitVector paid = (BitVector) root.getVector("paid");
            assertThat(paid.get(0)).isEqualTo(1);
            assertThat(paid.get(1)).isZero();
            assertThat(paid.isNull(2)).isTrue();
            DateDayVector day = (DateDayVector) root.getVector("day");
            assertThat(LocalDate.ofEpochDay(day.get(1))).isEqualTo(LocalDate.of(2024, 1, 3));
            assertThat(day.isNull(2)).isTrue();
            TimeStampMilliVector at = (TimeStampMilliVector) root.getVector("at");
            assertThat(at.getObject(1)).isEqualTo(LocalDateTime.of(2024, 1, 3, 11, 30));
            VarCharVector note = (VarCharVector) root.getVector("note");
            assertThat(note.isNull(1)).isTrue();
            assertThat(new String(note.get(2), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("third note" + LONG);

            FieldVector indexes = root.getVector("region");
            long dictionaryId = schema.findField("region").getDictionary().getId();
            Dictionary dictionary = reader.getDictionaryVectors().get(dictionaryId);
            try (VarCharVector decoded = (VarCharVector) DictionaryEncoder.decode(indexes, dictionary)) {
                assertThat(decoded.getObject(0).toString()).isEqualTo("North");
                assertThat(decoded.getObject(1).toString()).isEqualTo("South");
                assertThat(decoded.getObject(2).toString()).isEqualTo("North");
            }
            assertThat(reader.loadNextBatch()).isFalse();
        }
    }

    private static ArrowType type(Schema schema, String name) {
        return schema.findField(name).getType();
    }

    @Test
    void largeFilesAreWrittenInSeveralBatches() throws Exception {
        StringBuilder csv = new StringBuilder("n,label\n");
        for (int i = 0; i < 25; i++) {
            csv.append(i).append(",l").append(i % 4).append('\n');
        }
        Path file = TestIngest.write(dir, "batches.csv", csv.toString());
        Path arrow = dir.resolve("batches.arrow");
        new Ingestor(IngestOptions.builder().batchRows(10).build()).ingest(file, SourceFormat.CSV, arrow, null);
        try (BufferAllocator allocator = new RootAllocator();
                FileChannel channel = FileChannel.open(arrow, StandardOpenOption.READ);
                ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
            List<ArrowBlock> blocks = reader.getRecordBlocks();
            assertThat(blocks).hasSize(3);
            List<Long> values = new ArrayList<>();
            while (reader.loadNextBatch()) {
                BigIntVector n = (BigIntVector) reader.getVectorSchemaRoot().getVector("n");
                for (int i = 0; i < n.getValueCount(); i++) {
                    values.add(n.get(i));
                }
            }
            assertThat(values).hasSize(25).startsWith(0L, 1L).endsWith(24L);
        }
    }

    @Test
    void aFailedIngestLeavesTheExistingFileAndNoTempFile() throws Exception {
        Path arrow = Files.writeString(dir.resolve("keep.arrow"), "previous version");
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 50; i++) {
            csv.append(i % 2 == 0 ? "1,2,3\n" : "1,2\n");
        }
        Path file = TestIngest.write(dir, "bad.csv", csv.toString());
        assertThatThrownBy(() -> new Ingestor(IngestOptions.defaults()).ingest(file, SourceFormat.CSV, arrow, null))
                .isInstanceOf(IngestException.class);
        assertThat(arrow).hasContent("previous version");
        assertThat(TestIngest.tempFiles(dir)).isEmpty();
    }
}
