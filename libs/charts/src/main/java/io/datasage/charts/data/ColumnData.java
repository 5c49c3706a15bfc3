package io.datasage.charts.data;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;

/**
 * A column of a mapped table: its chunks (one per record batch) and, for a category, its dictionary.
 * Dictionary indices are mapped to canonical ids so that duplicate or null dictionary entries group correctly.
 */
public final class ColumnData {

    private final ColumnInfo info;
    private final Chunk[] chunks;
    private final String[] categories;
    private final int[] canonical;

    ColumnData(ColumnInfo info, Chunk[] chunks, String[] categories, int[] canonical) {
        this.info = info;
        this.chunks = chunks;
        this.categories = categories;
        this.canonical = canonical;
    }

    public ColumnInfo info() {
        return info;
    }

    public String name() {
        return info.name();
    }

    public ColumnType type() {
        return info.type();
    }

    /** The chunk of record batch {@code batch}. */
    public Chunk chunk(int batch) {
        return chunks[batch];
    }

    /** Rows in all chunks. */
    public long rowCount() {
        long rows = 0;
        for (Chunk chunk : chunks) {
            rows += chunk.length;
        }
        return rows;
    }

    /** Distinct non-null category values, indexed by canonical id (category columns only). */
    public String[] categories() {
        return categories;
    }

    /**
     * Dictionary index to canonical id, or -1 for a null dictionary entry; {@code null} when the dictionary is
     * already unique and null-free (index == id), which is the common case and lets loops skip the lookup.
     */
    public int[] canonicalIds() {
        return canonical;
    }
}
