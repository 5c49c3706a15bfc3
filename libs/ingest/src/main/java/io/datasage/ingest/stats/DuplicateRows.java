package io.datasage.ingest.stats;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * Counts rows identical to an earlier row from 64-bit row hashes kept in a sorted {@code long[]} (8 bytes per row, up
 * to a budget). Past the budget only hashes whose top bits are zero are kept, halving the sample each time; identical
 * rows have identical hashes, so a duplicate pair is kept or dropped together and the scaled-up count is unbiased.
 */
public final class DuplicateRows {

    private final int budget;
    private long[] hashes = new long[1024];
    private int size;
    private int level;
    private CompletableFuture<Long> counted;

    public DuplicateRows(int budget) {
        this.budget = Math.max(16, budget);
    }

    public void add(long hash) {
        if (counted != null) {
            throw new IllegalStateException("rows were added after counting started");
        }
        if (!kept(hash)) {
            return;
        }
        if (size == hashes.length) {
            if (size >= budget) {
                level++;
                compact();
                if (!kept(hash)) {
                    return;
                }
            } else {
                hashes = Arrays.copyOf(hashes, (int) Math.min(budget, (long) hashes.length * 2));
            }
        }
        hashes[size++] = hash;
    }

    private boolean kept(long hash) {
        return level == 0 || (hash >>> (64 - level)) == 0;
    }

    private void compact() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (kept(hashes[i])) {
                hashes[kept++] = hashes[i];
            }
        }
        size = kept;
    }

    /**
     * Starts counting on another thread; call after the last row. The count sorts every kept hash (50 ms for a
     * million rows), which otherwise waited until the profile was assembled, after the second pass.
     */
    public void countInBackground() {
        if (counted == null) {
            counted = CompletableFuture.supplyAsync(this::count);
        }
    }

    /** Rows equal to an earlier row; scaled from the sample when {@link #estimated()}. */
    public long duplicates() {
        countInBackground();
        return counted.join();
    }

    private long count() {
        Arrays.sort(hashes, 0, size);
        long duplicates = 0;
        for (int i = 1; i < size; i++) {
            if (hashes[i] == hashes[i - 1]) {
                duplicates++;
            }
        }
        return duplicates << level;
    }

    public boolean estimated() {
        return level > 0;
    }
}
