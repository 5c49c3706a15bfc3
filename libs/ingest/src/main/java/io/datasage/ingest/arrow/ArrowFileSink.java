package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.infer.ColumnSpec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMilliVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Writes columns batch by batch to an Arrow IPC file; category dictionaries are written before the first batch.
 * Owns its vectors, dictionaries, root, writer and channel and closes all of them.
 */
public final class ArrowFileSink implements AutoCloseable {

    private final List<VectorFiller<?, ?>> fillers = new ArrayList<>();
    private final DictionaryProvider.MapDictionaryProvider dictionaries =
            new DictionaryProvider.MapDictionaryProvider();
    private final FileChannel channel;
    private final VectorSchemaRoot root;
    private final ArrowFileWriter writer;

    public ArrowFileSink(Path file, List<ColumnSpec> specs, BufferAllocator allocator) throws IOException {
        List<FieldVector> vectors = new ArrayList<>();
        FileChannel opened = null;
        try {
            for (ColumnSpec spec : specs) {
                Field field = ArrowFields.field(spec, spec.index());
                FieldVector vector = field.createVector(allocator);
                vectors.add(vector);
                fillers.add(filler(vector));
                if (field.getDictionary() != null) {
                    dictionaries.put(dictionary(spec, field.getDictionary(), allocator));
                }
            }
            opened = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            this.channel = opened;
            this.root = new VectorSchemaRoot(vectors);
            this.writer = new ArrowFileWriter(root, dictionaries, channel);
            writer.start();
        } catch (IOException | RuntimeException e) {
            vectors.forEach(FieldVector::close);
            dictionaries.close();
            if (opened != null) {
                opened.close();
            }
            throw e;
        }
    }

    private static VectorFiller<?, ?> filler(FieldVector vector) {
        if (vector instanceof BigIntVector) {
            return new BigIntFiller((BigIntVector) vector);
        }
        if (vector instanceof Float8Vector) {
            return new Float8Filler((Float8Vector) vector);
        }
        if (vector instanceof BitVector) {
            return new BitFiller((BitVector) vector);
        }
        if (vector instanceof DateDayVector) {
            return new DateDayFiller((DateDayVector) vector);
        }
        if (vector instanceof TimeStampMilliVector) {
            return new TimestampFiller((TimeStampMilliVector) vector);
        }
        if (vector instanceof IntVector) {
            return new DictionaryIndexFiller((IntVector) vector);
        }
        return new Utf8Filler((VarCharVector) vector);
    }

    private static Dictionary dictionary(ColumnSpec spec, DictionaryEncoding encoding, BufferAllocator allocator) {
        VarCharVector values = new VarCharVector(
                new Field(spec.name() + "_dictionary", FieldType.notNullable(ArrowFields.TYPE_UTF8), null), allocator);
        List<String> words = spec.dictionary();
        values.allocateNew(words.size());
        for (int i = 0; i < words.size(); i++) {
            values.setSafe(i, words.get(i).getBytes(StandardCharsets.UTF_8));
        }
        values.setValueCount(words.size());
        return new Dictionary(values, encoding);
    }

    /** Writes one record batch of {@code rows} rows; {@code batches} are in column order. */
    public void write(List<? extends ColumnBatch> batches, int rows) throws IOException {
        for (int c = 0; c < fillers.size(); c++) {
            fillers.get(c).fill(batches.get(c), rows);
        }
        root.setRowCount(rows);
        writer.writeBatch();
    }

    /** Writes the footer; the file is complete after this. */
    public void finish() throws IOException {
        writer.end();
    }

    @Override
    public void close() throws IOException {
        try (FileChannel c = channel;
                VectorSchemaRoot r = root;
                ArrowFileWriter w = writer;
                DictionaryProvider.MapDictionaryProvider d = dictionaries) {
            // try-with-resources closes them in reverse order, even if one fails.
        }
    }
}
