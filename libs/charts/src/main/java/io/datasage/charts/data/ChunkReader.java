package io.datasage.charts.data;

import io.datasage.charts.ColumnType;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.arrow.flatbuf.Buffer;
import org.apache.arrow.flatbuf.FieldNode;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.memory.util.MemoryUtil;

/** Turns one field's node and buffers of a record batch into a bounds-checked {@link Chunk}. */
final class ChunkReader {

    private ChunkReader() {}

    /** The batch's row count, refusing what the engine cannot read (compressed bodies, view types, > 2^31 rows). */
    static int checkedLength(RecordBatch batch, Path file) throws IOException {
        if (batch.compression() != null) {
            throw new IOException(
                    file + ": compressed Arrow record batches are not supported; write them uncompressed");
        }
        if (batch.variadicBufferCountsLength() > 0) {
            throw new IOException(file + ": Arrow view types are not supported");
        }
        if (batch.length() < 0 || batch.length() > Integer.MAX_VALUE) {
            throw new IOException(file + ": record batch of " + batch.length() + " rows is not supported");
        }
        return (int) batch.length();
    }

    static Chunk read(
            ColumnType type,
            String name,
            RecordBatch batch,
            int nodeIndex,
            int bufferIndex,
            ArrowFileMapper.Body body,
            int length)
            throws IOException {
        if (nodeIndex >= batch.nodesLength()) {
            throw corrupt(body, name, "missing field node");
        }
        FieldNode node = batch.nodes(nodeIndex);
        if (node.length() != length || node.nullCount() < 0 || node.nullCount() > length) {
            throw corrupt(body, name, "field node of " + node.length() + " rows in a batch of " + length);
        }
        int nullCount = (int) node.nullCount();
        long validity = nullCount == 0 ? 0 : address(batch, bufferIndex, (length + 7) / 8, body, name);
        switch (type) {
            case INTEGER:
            case DECIMAL:
            case DATETIME:
                return new Chunk(
                        length, nullCount, validity, address(batch, bufferIndex + 1, 8L * length, body, name), 0);
            case DATE:
            case CATEGORY:
                return new Chunk(
                        length, nullCount, validity, address(batch, bufferIndex + 1, 4L * length, body, name), 0);
            case BOOLEAN:
                return new Chunk(
                        length, nullCount, validity, address(batch, bufferIndex + 1, (length + 7) / 8, body, name), 0);
            case TEXT:
                long offsets = address(batch, bufferIndex + 1, 4L * (length + 1), body, name);
                Buffer data = buffer(batch, bufferIndex + 2, body, name);
                checkOffsets(offsets, length, data.length(), body, name);
                return new Chunk(length, nullCount, validity, body.address() + data.offset(), offsets);
            default:
                throw new IllegalArgumentException("unsupported column type " + type);
        }
    }

    /** Every non-null dictionary index must point into the dictionary. */
    static void checkIndices(Chunk[] chunks, int dictionarySize, String name, Path file) throws IOException {
        for (Chunk chunk : chunks) {
            for (int row = 0; row < chunk.length; row++) {
                int index = chunk.getInt(row);
                if ((index < 0 || index >= dictionarySize) && chunk.isValid(row)) {
                    throw new IOException(file + ": column '" + name + "' has dictionary index " + index
                            + " outside a dictionary of " + dictionarySize);
                }
            }
        }
    }

    private static long address(RecordBatch batch, int index, long minLength, ArrowFileMapper.Body body, String name)
            throws IOException {
        Buffer buffer = buffer(batch, index, body, name);
        if (buffer.length() < minLength) {
            throw corrupt(body, name, "buffer " + index + " has " + buffer.length() + " bytes, needs " + minLength);
        }
        return body.address() + buffer.offset();
    }

    private static Buffer buffer(RecordBatch batch, int index, ArrowFileMapper.Body body, String name)
            throws IOException {
        if (index >= batch.buffersLength()) {
            throw corrupt(body, name, "missing buffer " + index);
        }
        Buffer buffer = batch.buffers(index);
        if (buffer.offset() < 0 || buffer.length() < 0 || buffer.offset() + buffer.length() > body.length()) {
            throw corrupt(body, name, "buffer " + index + " lies outside its message body");
        }
        return buffer;
    }

    private static void checkOffsets(long offsets, int length, long dataLength, ArrowFileMapper.Body body, String name)
            throws IOException {
        int previous = MemoryUtil.getInt(offsets);
        if (previous < 0) {
            throw corrupt(body, name, "negative Utf8 offset");
        }
        for (int i = 1; i <= length; i++) {
            int next = MemoryUtil.getInt(offsets + 4L * i);
            if (next < previous) {
                throw corrupt(body, name, "decreasing Utf8 offsets");
            }
            previous = next;
        }
        if (previous > dataLength) {
            throw corrupt(body, name, "Utf8 offsets past the end of the data buffer");
        }
    }

    private static IOException corrupt(ArrowFileMapper.Body body, String name, String what) {
        return new IOException(body.file() + ": column '" + name + "': " + what);
    }
}
