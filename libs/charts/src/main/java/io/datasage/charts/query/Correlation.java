package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import io.datasage.charts.data.TableData;
import java.util.List;

/**
 * Pearson correlation of every pair of numeric columns over the filtered rows where both are non-null
 * (pairwise complete, like DuckDB's {@code corr}). Sums are taken on values shifted by each column's overall mean,
 * which keeps the co-moments accurate. A pair with fewer than two rows or no variance has no correlation (NaN).
 */
public final class Correlation {

    /** {@code r[i][j]} and {@code n[i][j]}: correlation and pair count of columns i and j. */
    public record Result(double[][] r, long[][] n, long rowsScanned, long rowsMatched, long[] nulls) {}

    private Correlation() {}

    public static Result compute(TableData table, FilterSet filters, List<ColumnData> columns) {
        int k = columns.size();
        int[] ids = new int[Windows.SIZE];
        double[][] values = new double[k][Windows.SIZE];
        double[] sums = new double[k];
        long[] counts = new long[k];
        long[] nulls = new long[k];
        long[] counters = new long[2];
        Windows.forEach(table, (batch, from, len) -> {
            counters[0] += len;
            counters[1] += filters.mask(batch, from, len, ids);
            for (int c = 0; c < k; c++) {
                read(columns.get(c), batch, from, len, ids, values[c]);
                for (int i = 0; i < len; i++) {
                    if (ids[i] >= 0) {
                        double v = values[c][i];
                        if (v == v) {
                            sums[c] += v;
                            counts[c]++;
                        } else {
                            nulls[c]++;
                        }
                    }
                }
            }
        });
        double[] shift = new double[k];
        for (int c = 0; c < k; c++) {
            shift[c] = counts[c] == 0 ? 0 : sums[c] / counts[c];
        }
        double[][] moments = new double[k * k][6];
        Windows.forEach(table, (batch, from, len) -> {
            filters.mask(batch, from, len, ids);
            for (int c = 0; c < k; c++) {
                read(columns.get(c), batch, from, len, ids, values[c]);
                double s = shift[c];
                for (int i = 0; i < len; i++) {
                    values[c][i] -= s;
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = a; b < k; b++) {
                    accumulate(values[a], values[b], len, moments[a * k + b]);
                }
            }
        });
        double[][] r = new double[k][k];
        long[][] n = new long[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double[] m = moments[a * k + b];
                long pairs = (long) m[0];
                double cov = m[3] - m[1] * m[2] / m[0];
                double varA = m[4] - m[1] * m[1] / m[0];
                double varB = m[5] - m[2] * m[2] / m[0];
                double value = pairs < 2 || varA <= 0 || varB <= 0 ? Double.NaN : cov / Math.sqrt(varA * varB);
                r[a][b] = r[b][a] = a == b && value == value ? 1.0 : Math.max(-1, Math.min(1, value));
                n[a][b] = n[b][a] = pairs;
            }
        }
        return new Result(r, n, counters[0], counters[1], nulls);
    }

    /** Values of the window's passing rows, NaN for filtered-out or null rows. */
    private static void read(ColumnData column, int batch, int from, int len, int[] ids, double[] out) {
        Chunk chunk = column.chunk(batch);
        boolean decimal = column.type() == io.datasage.charts.ColumnType.DECIMAL;
        for (int i = 0; i < len; i++) {
            int row = from + i;
            if (ids[i] < 0 || !chunk.isValid(row)) {
                out[i] = Double.NaN;
            } else {
                out[i] = decimal ? chunk.getDouble(row) : chunk.getLong(row);
            }
        }
    }

    private static void accumulate(double[] x, double[] y, int len, double[] m) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < len; i++) {
            double a = x[i];
            double b = y[i];
            if (a == a && b == b) {
                n++;
                sx += a;
                sy += b;
                sxy += a * b;
                sxx += a * a;
                syy += b * b;
            }
        }
        m[0] += n;
        m[1] += sx;
        m[2] += sy;
        m[3] += sxy;
        m[4] += sxx;
        m[5] += syy;
    }
}
