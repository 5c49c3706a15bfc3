package io.datasage.charts.query;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * Open-addressing map from Utf8 byte strings (read in place from Arrow memory) to dense int ids, so text columns
 * group without decoding a String per row. Distinct values are copied once into an arena.
 */
final class BytesIntMap {

    private int[] table = new int[256];
    private int mask = 255;
    private int[] hashes = new int[64];
    private int[] starts = new int[65];
    private byte[] arena = new byte[1024];
    private int size;

    /** The id of the {@code length} bytes at {@code address}, issuing the next id when they are new. */
    int idOf(long address, int length) {
        int hash = hash(address, length);
        int slot = hash & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return insert(slot, hash, address, length);
            }
            int id = entry - 1;
            if (hashes[id] == hash && same(id, address, length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    String string(int id) {
        return new String(arena, starts[id], starts[id + 1] - starts[id], StandardCharsets.UTF_8);
    }

    private boolean same(int id, long address, int length) {
        int start = starts[id];
        if (starts[id + 1] - start != length) {
            return false;
        }
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            if (MemoryUtil.getLong(arena, start + i) != MemoryUtil.getLong(address + i)) {
                return false;
            }
        }
        for (; i < length; i++) {
            if (arena[start + i] != MemoryUtil.getByte(address + i)) {
                return false;
            }
        }
        return true;
    }

    private int insert(int slot, int hash, long address, int length) {
        int id = size++;
        if (id >= hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
            starts = Arrays.copyOf(starts, hashes.length + 1);
        }
        int start = starts[id];
        if (start + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, start + length));
        }
        MemoryUtil.copyFromMemory(address, arena, start, length);
        starts[id + 1] = start + length;
        hashes[id] = hash;
        table[slot] = id + 1;
        if (size * 2 > mask) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        table = new int[table.length * 2];
        mask = table.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
    }

    private static int hash(long address, int length) {
        int h = 0x811C9DC5;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            long word = MemoryUtil.getLong(address + i);
            h = (h ^ (int) word ^ (int) (word >>> 32)) * 0x01000193;
        }
        for (; i < length; i++) {
            h = (h ^ MemoryUtil.getByte(address + i)) * 0x01000193;
        }
        h ^= h >>> 16;
        return h * 0x7FEB352D ^ length;
    }
}
