package io.datasage.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Limits and choices for one {@link Ingestor}; start from {@link #defaults()} or {@link #builder()}.
 *
 * @param maxColumns more columns than this fails the ingest
 * @param maxFieldBytes a single value longer than this (in characters) fails the ingest
 * @param sheet Excel sheet to read: a name or a 0-based index as text; {@code null} means the first sheet
 * @param batchRows rows per Arrow record batch (reduced automatically for wide files)
 * @param previewRows how many typed rows {@link IngestResult#previewRows()} holds
 * @param nullTokens values (compared trimmed and case-insensitively) that mean "no value"; the empty string always does
 * @param exactValueBudget numeric/date values kept in memory across all columns for exact quantiles (8 bytes each);
 *     columns beyond it are summarised by sketches and say so. Default: an eighth of the heap, at most 20 million
 * @param exactValuesPerColumn a column with more non-null values than this is summarised by sketches
 * @param rowHashBudget row hashes kept for duplicate detection (8 bytes each); beyond it duplicates are estimated on a
 *     hash-selected sample. Default: a sixteenth of the heap, at most 8 million
 * @param stringTallyCap distinct strings counted exactly per column (category dictionaries, exact top values)
 * @param maxInflatedBytes an XLSX workbook whose entries really inflate to more bytes than this (all entries together,
 *     counted while inflating, whatever the archive declares) is refused as a zip bomb. Default 4 GiB
 * @param sharedStringsInMemoryBytes an XLSX shared-strings table that really inflates to more than this is kept in a
 *     temp file instead of the heap. Default 64 MiB
 */
public record IngestOptions(
        int maxColumns,
        long maxFieldBytes,
        String sheet,
        int batchRows,
        int previewRows,
        Set<String> nullTokens,
        long exactValueBudget,
        int exactValuesPerColumn,
        int rowHashBudget,
        int stringTallyCap,
        long maxInflatedBytes,
        long sharedStringsInMemoryBytes) {

    /** Values that mean "no value" in real exports. */
    public static final List<String> DEFAULT_NULL_TOKENS = List.of("na", "n/a", "null", "-", "nan", "#n/a");

    public IngestOptions {
        positive("maxColumns", maxColumns);
        positive("maxFieldBytes", maxFieldBytes);
        positive("batchRows", batchRows);
        positive("exactValueBudget", exactValueBudget);
        positive("exactValuesPerColumn", exactValuesPerColumn);
        positive("rowHashBudget", rowHashBudget);
        positive("stringTallyCap", stringTallyCap);
        positive("maxInflatedBytes", maxInflatedBytes);
        positive("sharedStringsInMemoryBytes", sharedStringsInMemoryBytes);
        if (previewRows < 0) {
            throw new IllegalArgumentException("previewRows must be >= 0, was " + previewRows);
        }
        nullTokens = Objects.requireNonNull(nullTokens, "nullTokens").stream()
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static IngestOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, was " + value);
        }
    }

    /** Longs (8 bytes) that fill {@code 1/fraction} of the maximum heap, between 100,000 and {@code max}. */
    private static long heapShare(int fraction, long max) {
        long longs = Runtime.getRuntime().maxMemory() / fraction / Long.BYTES;
        return Math.max(100_000L, Math.min(max, longs));
    }

    /** Builder with the documented defaults. */
    public static final class Builder {
        private int maxColumns = 2000;
        private long maxFieldBytes = 16L * 1024 * 1024;
        private String sheet;
        private int batchRows = 64 * 1024;
        private int previewRows = 1000;
        private Set<String> nullTokens = Set.copyOf(DEFAULT_NULL_TOKENS);
        private long exactValueBudget = heapShare(8, 20_000_000L);
        private int exactValuesPerColumn = 5_000_000;
        private int rowHashBudget = (int) heapShare(16, 8_000_000L);
        private int stringTallyCap = 10_000;
        private long maxInflatedBytes = 4L << 30;
        private long sharedStringsInMemoryBytes = 64L << 20;

        public Builder maxColumns(int value) {
            this.maxColumns = value;
            return this;
        }

        public Builder maxFieldBytes(long value) {
            this.maxFieldBytes = value;
            return this;
        }

        public Builder sheet(String value) {
            this.sheet = value;
            return this;
        }

        public Builder batchRows(int value) {
            this.batchRows = value;
            return this;
        }

        public Builder previewRows(int value) {
            this.previewRows = value;
            return this;
        }

        public Builder nullTokens(Set<String> value) {
            this.nullTokens = value;
            return this;
        }

        public Builder exactValueBudget(long value) {
            this.exactValueBudget = value;
            return this;
        }

        public Builder exactValuesPerColumn(int value) {
            this.exactValuesPerColumn = value;
            return this;
        }

        public Builder rowHashBudget(int value) {
            this.rowHashBudget = value;
            return this;
        }

        public Builder stringTallyCap(int value) {
            this.stringTallyCap = value;
            return this;
        }

        public Builder maxInflatedBytes(long value) {
            this.maxInflatedBytes = value;
            return this;
        }

        public Builder sharedStringsInMemoryBytes(long value) {
            this.sharedStringsInMemoryBytes = value;
            return this;
        }

        public IngestOptions build() {
            return new IngestOptions(
                    maxColumns,
                    maxFieldBytes,
                    sheet,
                    batchRows,
                    previewRows,
                    nullTokens,
                    exactValueBudget,
                    exactValuesPerColumn,
                    rowHashBudget,
                    stringTallyCap,
                    maxInflatedBytes,
                    sharedStringsInMemoryBytes);
        }
    }
}
