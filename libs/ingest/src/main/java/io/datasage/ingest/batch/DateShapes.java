package io.datasage.ingest.batch;

/**
 * Counts how dates are written (digits, letters and punctuation: {@code 99/99/9999} vs {@code 9/9/9999}) to measure
 * how consistently a column uses its dominant form. Keeps at most 32 shapes; rarer ones count as "other".
 */
public final class DateShapes {

    private static final int MAX_SHAPES = 32;

    private final long[] shapes = new long[MAX_SHAPES];
    private final long[] counts = new long[MAX_SHAPES];
    private int used;
    private long total;

    void add(String trimmed) {
        long shape = 1469598103934665603L;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            char kind = c >= '0' && c <= '9' ? '9' : Character.isLetter(c) ? 'a' : c;
            shape = (shape ^ kind) * 1099511628211L;
        }
        total++;
        for (int i = 0; i < used; i++) {
            if (shapes[i] == shape) {
                counts[i]++;
                return;
            }
        }
        if (used < MAX_SHAPES) {
            shapes[used] = shape;
            counts[used++] = 1;
        }
    }

    /** Values written in the most common shape. */
    public long dominant() {
        long best = 0;
        for (int i = 0; i < used; i++) {
            best = Math.max(best, counts[i]);
        }
        return best;
    }

    public long total() {
        return total;
    }
}
