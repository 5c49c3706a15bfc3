package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;
import io.datasage.charts.data.TableData;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scatter points: the filtered rows with a non-null x, a non-null series (when there is one) and at least one
 * non-null y. Above {@code maxPoints} a seeded reservoir sample (Algorithm R) keeps exactly {@code maxPoints} rows,
 * the same ones on every render of the same data; kept rows are returned in file order. Pearson r of x and the
 * first y is computed over all points, not the sample (Welford's co-moment update).
 */
public final class PointSample {

    /** Kept rows as {@code batch << 32 | row}, and what was seen. */
    public record Result(
            long[] rows,
            long points,
            boolean sampled,
            double r,
            long rowsScanned,
            long rowsMatched,
            long xNulls,
            long seriesNulls) {}

    private PointSample() {}

    public static Result sample(
            TableData table,
            FilterSet filters,
            ColumnData x,
            List<ColumnData> ys,
            ColumnData series,
            int maxPoints,
            long seed) {
        int[] ids = new int[Windows.SIZE];
        long[] reservoir = new long[Math.min(maxPoints, 1 << 16)];
        long[][] kept = {reservoir};
        long[] state = new long[5];
        double[] moments = new double[6];
        SplittableRandom random = new SplittableRandom(seed);
        Windows.forEach(table, (batch, from, len) -> {
            state[0] += len;
            state[1] += filters.mask(batch, from, len, ids);
            for (int i = 0; i < len; i++) {
                if (ids[i] < 0) {
                    continue;
                }
                int row = from + i;
                if (!x.chunk(batch).isValid(row)) {
                    state[3]++;
                    continue;
                }
                if (series != null && !series.chunk(batch).isValid(row)) {
                    state[4]++;
                    continue;
                }
                boolean any = false;
                for (ColumnData y : ys) {
                    any |= y.chunk(batch).isValid(row);
                }
                if (!any) {
                    continue;
                }
                long seen = state[2]++;
                long ref = ((long) batch << 32) | row;
                if (seen < maxPoints) {
                    if (seen == kept[0].length) {
                        kept[0] = Arrays.copyOf(kept[0], (int) Math.min(maxPoints, seen * 2));
                    }
                    kept[0][(int) seen] = ref;
                } else {
                    long j = random.nextLong(seen + 1);
                    if (j < maxPoints) {
                        kept[0][(int) j] = ref;
                    }
                }
                double yv = Cells.number(ys.get(0), batch, row);
                if (yv == yv) {
                    welford(moments, Cells.number(x, batch, row), yv);
                }
            }
        });
        long points = state[2];
        long[] rows = Arrays.copyOf(kept[0], (int) Math.min(points, maxPoints));
        Arrays.sort(rows);
        double r = moments[0] < 2 || moments[4] <= 0 || moments[5] <= 0
                ? Double.NaN
                : moments[3] / Math.sqrt(moments[4] * moments[5]);
        return new Result(rows, points, points > maxPoints, r, state[0], state[1], state[3], state[4]);
    }

    /** Welford's update of m = {n, meanX, meanY, coMoment, m2X, m2Y}. */
    private static void welford(double[] m, double x, double y) {
        double n = ++m[0];
        double dx = x - m[1];
        m[1] += dx / n;
        double dy = y - m[2];
        m[2] += dy / n;
        m[3] += dx * (y - m[2]);
        m[4] += dx * (x - m[1]);
        m[5] += dy * (y - m[2]);
    }
}
