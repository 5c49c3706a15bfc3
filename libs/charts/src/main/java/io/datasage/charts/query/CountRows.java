package io.datasage.charts.query;

/** count with no y column: rows per group. */
final class CountRows extends CountMeasure {

    CountRows() {
        super(null);
    }

    @Override
    public void add(int batch, int from, int len, int[] gid) {
        long[] c = counts;
        for (int i = 0; i < len; i++) {
            int g = gid[i];
            if (g >= 0) {
                c[g]++;
            }
        }
    }
}
