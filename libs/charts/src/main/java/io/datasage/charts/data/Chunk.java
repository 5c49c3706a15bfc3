package io.datasage.charts.data;

import org.apache.arrow.memory.util.MemoryUtil;

/**
 * One column's buffers in one record batch, as raw addresses into the memory-mapped file. The hot loops read
 * values straight from these addresses (no vectors, no boxing); the buffer sizes were checked when the file was
 * mapped, so every row in {@code [0, length)} is safe to read.
 */
public final class Chunk {

    /** Rows in this chunk. */
    public final int length;
    /** Null rows in this chunk. */
    public final int nullCount;
    /** Address of the validity bitmap, or 0 when the chunk has no nulls. */
    public final long validity;
    /** Address of the values (Int64, Float64, Int32 dates or dictionary indices, Bool bits, Utf8 bytes). */
    public final long data;
    /** Address of the Int32 offsets of a Utf8 chunk, otherwise 0. */
    public final long offsets;

    Chunk(int length, int nullCount, long validity, long data, long offsets) {
        this.length = length;
        this.nullCount = nullCount;
        this.validity = nullCount == 0 ? 0 : validity;
        this.data = data;
        this.offsets = offsets;
    }

    /** Whether {@code row} holds a value. */
    public boolean isValid(int row) {
        return validity == 0 || isSet(validity, row);
    }

    /** Reads bit {@code row} of the bitmap at {@code address}. */
    public static boolean isSet(long address, int row) {
        return ((MemoryUtil.getByte(address + (row >>> 3)) >> (row & 7)) & 1) != 0;
    }

    /** Int64 or Timestamp value. */
    public long getLong(int row) {
        return MemoryUtil.getLong(data + ((long) row << 3));
    }

    /** Float64 value. */
    public double getDouble(int row) {
        return Double.longBitsToDouble(MemoryUtil.getLong(data + ((long) row << 3)));
    }

    /** Date(DAY) value or dictionary index. */
    public int getInt(int row) {
        return MemoryUtil.getInt(data + ((long) row << 2));
    }

    /** Bool value. */
    public boolean getBit(int row) {
        return isSet(data, row);
    }

    /** Start of a Utf8 value, relative to {@link #data}. */
    public int textStart(int row) {
        return MemoryUtil.getInt(offsets + ((long) row << 2));
    }

    /** End (exclusive) of a Utf8 value, relative to {@link #data}. */
    public int textEnd(int row) {
        return MemoryUtil.getInt(offsets + ((long) (row + 1) << 2));
    }

    /** Decodes a Utf8 value (allocates: for labels and text filters, not for grouping). */
    public String getString(int row) {
        int start = textStart(row);
        int len = textEnd(row) - start;
        byte[] bytes = new byte[len];
        MemoryUtil.copyFromMemory(data + start, bytes, 0, len);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
