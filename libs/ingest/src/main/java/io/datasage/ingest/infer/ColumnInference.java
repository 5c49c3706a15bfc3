package io.datasage.ingest.infer;

import java.util.ArrayList;
import java.util.List;

/**
 * Watches every value of one column during the first pass and keeps, per candidate type, how many values fit it.
 *
 * <p>Memory is constant per column apart from the {@link StringTally} (bounded by its cap). A candidate family stops
 * being tested once more than {@link TypeDecider#MAX_INVALID} values missed it, since it can no longer win.
 */
public final class ColumnInference {

    private static final int SAMPLES = 5;
    private static final String UNITS = "$€£¥%";

    private final NullTokens nullTokens;
    private final NumberParser numbers;
    private final TemporalParser dates;
    private final StringTally tally;
    private final List<String> samples = new ArrayList<>(SAMPLES);

    long nulls;
    long nonNull;
    long totalLength;

    boolean booleanAlive = true;
    long booleanHits;

    boolean numericAlive = true;
    boolean leadingZero;
    boolean sawComma;
    final long[] numberHits = new long[2];
    final boolean[] fractional = new boolean[2];
    final long[] unitCounts = new long[UNITS.length()];

    boolean temporalAlive = true;
    final long[] dateHits = new long[DateStyle.values().length];
    int timeMask;
    int timeFeatures;

    private long numericMisses;
    private long temporalMisses;
    private long booleanMisses;

    public ColumnInference(NullTokens nullTokens, NumberParser numbers, TemporalParser dates, int tallyCap) {
        this.nullTokens = nullTokens;
        this.numbers = numbers;
        this.dates = dates;
        this.tally = new StringTally(tallyCap);
    }

    /** @param raw the value as written, or null when the row had no such field */
    public void observe(String raw) {
        if (raw == null) {
            nulls++;
            return;
        }
        String value = Whitespace.trim(raw);
        if (nullTokens.isNull(value)) {
            nulls++;
            return;
        }
        nonNull++;
        totalLength += raw.length();
        tally.add(raw);
        if (samples.size() < SAMPLES && !samples.contains(raw)) {
            samples.add(raw);
        }
        if (booleanAlive) {
            observeBoolean(value);
        }
        if (numericAlive) {
            observeNumber(value);
        }
        if (temporalAlive) {
            observeTemporal(value);
        }
    }

    private void observeBoolean(String value) {
        if (BooleanParser.parse(value) != BooleanParser.NOT_BOOLEAN) {
            booleanHits++;
        } else if (++booleanMisses > TypeDecider.MAX_INVALID) {
            booleanAlive = false;
        }
    }

    private void observeNumber(String value) {
        if (!numbers.parse(value)) {
            if (++numericMisses > TypeDecider.MAX_INVALID) {
                numericAlive = false;
            }
            return;
        }
        if (numbers.leadingZero()) {
            // 00123 is an identifier or a zip code: never a quantity, whatever the other values are.
            leadingZero = true;
            numericAlive = false;
            return;
        }
        for (NumberStyle style : NumberStyle.values()) {
            if (numbers.ok(style)) {
                numberHits[style.ordinal()]++;
                if (!numbers.integral(style)) {
                    fractional[style.ordinal()] = true;
                }
            }
        }
        if (value.indexOf(',') >= 0) {
            sawComma = true;
        }
        char unit = numbers.unit();
        if (unit != 0) {
            unitCounts[UNITS.indexOf(unit)]++;
        }
    }

    private void observeTemporal(String value) {
        int mask = dates.parse(value);
        if (mask == 0) {
            if (++temporalMisses > TypeDecider.MAX_INVALID) {
                temporalAlive = false;
            }
            return;
        }
        for (int m = mask; m != 0; m &= m - 1) {
            dateHits[Integer.numberOfTrailingZeros(m)]++;
        }
        if (dates.hasTime()) {
            timeMask |= mask;
        }
        timeFeatures |= dates.timeFeatures();
    }

    public long nulls() {
        return nulls;
    }

    public long nonNull() {
        return nonNull;
    }

    public double meanLength() {
        return nonNull == 0 ? 0 : (double) totalLength / nonNull;
    }

    public StringTally tally() {
        return tally;
    }

    /** Up to five distinct values as written, in order of appearance. */
    public List<String> samples() {
        return List.copyOf(samples);
    }

    /** Units seen ({@code $ € £ ¥ %}), most common first. */
    public List<String> units() {
        List<String> out = new ArrayList<>();
        boolean[] used = new boolean[unitCounts.length];
        while (true) {
            int best = -1;
            for (int i = 0; i < unitCounts.length; i++) {
                if (!used[i] && unitCounts[i] > 0 && (best < 0 || unitCounts[i] > unitCounts[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                return out;
            }
            used[best] = true;
            out.add(String.valueOf(UNITS.charAt(best)));
        }
    }
}
