package io.datasage.charts.data;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.flatbuf.Block;
import org.apache.arrow.flatbuf.DictionaryBatch;
import org.apache.arrow.flatbuf.Footer;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Maps an Arrow IPC file (the file format: magic, messages, footer) into memory without copying it: the footer
 * and message headers are parsed with Arrow's flatbuffer classes, the bodies stay in the page cache. Every buffer
 * a column exposes is bounds-checked here, once, so the query loops can read raw addresses safely.
 */
public final class ArrowFileMapper {

    private static final byte[] MAGIC = "ARROW1".getBytes(StandardCharsets.US_ASCII);

    private ArrowFileMapper() {}

    /** Maps {@code file}; the returned table holds one reference, owned by the caller. */
    public static TableData map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            Footer footer = readFooter(channel, size, file);
            Schema schema = Schema.convertSchema(footer.schema());
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < footer.dictionariesLength(); i++) {
                blocks.add(footer.dictionaries(i));
            }
            for (int i = 0; i < footer.recordBatchesLength(); i++) {
                blocks.add(footer.recordBatches(i));
            }
            MappedSegments segments = MappedSegments.map(channel, blocks, size, file);
            try {
                return build(file, size, schema, footer, segments);
            } catch (IOException | RuntimeException e) {
                segments.unmapAll();
                throw e;
            }
        }
    }

    private static TableData build(Path file, long size, Schema schema, Footer footer, MappedSegments segments)
            throws IOException {
        Map<Long, List<String>> dictionaries = new HashMap<>();
        for (int i = 0; i < footer.dictionariesLength(); i++) {
            readDictionary(footer.dictionaries(i), segments, dictionaries, file);
        }
        List<Field> fields = schema.getFields();
        ColumnType[] types = new ColumnType[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            types[f] = FieldTypes.physicalType(fields.get(f));
        }
        List<int[]> lengths = new ArrayList<>();
        List<List<Chunk>> chunks = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            chunks.add(new ArrayList<>());
        }
        for (int b = 0; b < footer.recordBatchesLength(); b++) {
            Block block = footer.recordBatches(b);
            Message message = segments.message(block);
            if (message.headerType() != MessageHeader.RecordBatch) {
                throw new IOException(file + ": record batch block " + b + " holds no record batch");
            }
            RecordBatch batch = (RecordBatch) message.header(new RecordBatch());
            Body body = new Body(segments.bodyAddress(block), block.bodyLength(), file);
            int length = ChunkReader.checkedLength(batch, file);
            if (length == 0) {
                continue;
            }
            lengths.add(new int[] {length});
            int node = 0;
            int buffer = 0;
            for (int f = 0; f < fields.size(); f++) {
                Field field = fields.get(f);
                if (types[f] != null) {
                    chunks.get(f).add(ChunkReader.read(types[f], field.getName(), batch, node, buffer, body, length));
                }
                node += FieldTypes.nodeCount(field);
                buffer += FieldTypes.bufferCount(field);
            }
        }
        int[] batchLengths = lengths.stream().mapToInt(a -> a[0]).toArray();
        List<ColumnData> columns = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            if (types[f] == null) {
                continue;
            }
            Field field = fields.get(f);
            Map<String, String> meta = field.getMetadata();
            ColumnInfo info = new ColumnInfo(
                    field.getName(),
                    types[f],
                    blankToNull(meta.get("datasage.unit")),
                    blankToNull(meta.get("datasage.format")));
            Chunk[] columnChunks = chunks.get(f).toArray(new Chunk[0]);
            if (types[f] == ColumnType.CATEGORY) {
                List<String> values = dictionaries.get(field.getDictionary().getId());
                if (values == null) {
                    throw new IOException(file + ": no dictionary for column '" + field.getName() + "'");
                }
                Categories categories = Categories.of(values);
                ChunkReader.checkIndices(columnChunks, values.size(), field.getName(), file);
                columns.add(new ColumnData(info, columnChunks, categories.values(), categories.canonical()));
            } else {
                columns.add(new ColumnData(info, columnChunks, null, null));
            }
        }
        return new TableData(file, schema, size, batchLengths, columns, segments.buffers());
    }

    private static void readDictionary(Block block, MappedSegments segments, Map<Long, List<String>> out, Path file)
            throws IOException {
        Message message = segments.message(block);
        if (message.headerType() != MessageHeader.DictionaryBatch) {
            throw new IOException(file + ": dictionary block holds no dictionary batch");
        }
        DictionaryBatch dictionary = (DictionaryBatch) message.header(new DictionaryBatch());
        RecordBatch data = dictionary.data();
        Body body = new Body(segments.bodyAddress(block), block.bodyLength(), file);
        int length = ChunkReader.checkedLength(data, file);
        List<String> values = out.computeIfAbsent(dictionary.id(), id -> new ArrayList<>());
        if (!dictionary.isDelta()) {
            values.clear();
        }
        if (length == 0) {
            return;
        }
        Chunk chunk = ChunkReader.read(ColumnType.TEXT, "dictionary " + dictionary.id(), data, 0, 0, body, length);
        for (int i = 0; i < length; i++) {
            values.add(chunk.isValid(i) ? chunk.getString(i) : null);
        }
    }

    private static Footer readFooter(FileChannel channel, long size, Path file) throws IOException {
        if (size < MAGIC.length * 2 + 2 + 4) {
            throw new IOException(file + " is not an Arrow IPC file (" + size + " bytes)");
        }
        ByteBuffer head = readAt(channel, 0, MAGIC.length, file);
        ByteBuffer tail = readAt(channel, size - MAGIC.length - 4, MAGIC.length + 4, file);
        for (int i = 0; i < MAGIC.length; i++) {
            if (head.get(i) != MAGIC[i] || tail.get(4 + i) != MAGIC[i]) {
                throw new IOException(file + " is not an Arrow IPC file (no ARROW1 magic; stream format?)");
            }
        }
        int footerLength = tail.getInt(0);
        long footerStart = size - MAGIC.length - 4 - footerLength;
        if (footerLength <= 0 || footerStart < MAGIC.length) {
            throw new IOException(file + ": invalid Arrow footer length " + footerLength);
        }
        return Footer.getRootAsFooter(readAt(channel, footerStart, footerLength, file));
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length, Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException(file + ": unexpected end of file");
            }
        }
        buffer.flip();
        return buffer;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A message body: its address and length, for bounds checks. */
    record Body(long address, long length, Path file) {}
}
