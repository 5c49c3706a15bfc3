package io.datasage.charts.query;

/** Open-addressing set of non-negative longs (-1 marks a free slot). No boxing. */
final class LongSet {

    private long[] slots;
    private int size;
    private int mask;

    LongSet() {
        slots = new long[256];
        java.util.Arrays.fill(slots, -1);
        mask = slots.length - 1;
    }

    /** Adds {@code key} (must be >= 0); true when it was new. */
    boolean add(long key) {
        int slot = slot(key);
        while (true) {
            long current = slots[slot];
            if (current == -1) {
                slots[slot] = key;
                if (++size * 2 > mask) {
                    rehash();
                }
                return true;
            }
            if (current == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        java.util.Arrays.fill(slots, -1);
        mask = slots.length - 1;
        for (long key : old) {
            if (key != -1) {
                int slot = slot(key);
                while (slots[slot] != -1) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = key;
            }
        }
    }
}
