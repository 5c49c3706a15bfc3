package io.datasage.ingest.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The radix sort leaves every run exactly as Arrays.sort would, bit for bit. */
class RadixSortTest {

    @Test
    void sorts_runs_as_arrays_sort_does() {
        Random random = new Random(3);
        RadixSort sorter = new RadixSort();
        for (int round = 0; round < 300; round++) {
            double[] values = new double[random.nextInt(3) == 0 ? random.nextInt(2_000) : random.nextInt(70_000)];
            int kind = round % 8;
            for (int i = 0; i < values.length; i++) {
                values[i] = value(random, kind, i);
            }
            int from = values.length == 0 ? 0 : random.nextInt(Math.max(1, values.length / 10));
            int to = values.length - (values.length == 0 ? 0 : random.nextInt(Math.max(1, values.length / 10)));
            to = Math.max(from, to);
            double[] expected = values.clone();
            Arrays.sort(expected, from, to);
            sorter.sort(values, from, to);
            assertThat(bits(values)).as("round %d, kind %d", round, kind).isEqualTo(bits(expected));
        }
    }

    private static double value(Random random, int kind, int i) {
        switch (kind) {
            case 0:
                return Math.round(random.nextGaussian() * 1e5) / 100.0;
            case 1:
                return random.nextInt(14);
            case 2:
                return i;
            case 3:
                return -i;
            case 4:
                // Signed zeros, infinities and extremes among ordinary values.
                double[] odd = {
                    -0.0,
                    0.0,
                    Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY,
                    Double.MIN_VALUE,
                    -Double.MIN_VALUE,
                    Double.MAX_VALUE,
                    -Double.MAX_VALUE,
                    1.5,
                    -1.5
                };
                return odd[random.nextInt(odd.length)];
            case 5:
                return random.nextInt(50) == 0 ? Double.NaN : random.nextDouble();
            case 6:
                return 1_546_300_800_000L + random.nextInt(1_000_000) * 60_000L;
            default:
                return Double.longBitsToDouble(random.nextLong());
        }
    }

    private static long[] bits(double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.doubleToRawLongBits(values[i]);
        }
        return out;
    }
}
