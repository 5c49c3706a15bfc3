package io.datasage.charts.query;

import java.util.Arrays;

/** Open-addressing map from long keys to dense int ids (0, 1, 2, ... in insertion order). No boxing. */
final class LongIntMap {

    private long[] keys;
    private int[] ids;
    private long[] byId;
    private int size;
    private int mask;

    LongIntMap() {
        this(64);
    }

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        ids = new int[capacity];
        Arrays.fill(ids, -1);
        byId = new long[Math.max(16, expected)];
        mask = capacity - 1;
    }

    /** The id of {@code key}, issuing the next id when it is new. */
    int idOf(long key) {
        int slot = slot(key);
        while (true) {
            int id = ids[slot];
            if (id < 0) {
                return insert(slot, key);
            }
            if (keys[slot] == key) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The id of {@code key}, or -1. */
    int get(long key) {
        int slot = slot(key);
        while (true) {
            int id = ids[slot];
            if (id < 0 || keys[slot] == key) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    long key(int id) {
        return byId[id];
    }

    int size() {
        return size;
    }

    private int insert(int slot, long key) {
        int id = size++;
        keys[slot] = key;
        ids[slot] = id;
        if (id == byId.length) {
            byId = Arrays.copyOf(byId, id * 2);
        }
        byId[id] = key;
        if (size * 2 > mask) {
            rehash();
        }
        return id;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        int capacity = oldKeys.length * 2;
        keys = new long[capacity];
        ids = new int[capacity];
        Arrays.fill(ids, -1);
        mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldIds[i] >= 0) {
                int slot = slot(oldKeys[i]);
                while (ids[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
            }
        }
    }
}
