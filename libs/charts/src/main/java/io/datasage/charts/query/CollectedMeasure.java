package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;

/**
 * A measure that needs every value of a group (median, box): values are collected while the rows are scanned and
 * summarised group by group once the scan is done.
 */
abstract class CollectedMeasure extends Measure {

    private final ValueCollector collector;

    CollectedMeasure(ColumnData column) {
        super(column);
        this.collector = new ValueCollector(column);
    }

    @Override
    public final void grow(int groups) {}

    @Override
    public final void add(int batch, int from, int len, int[] gid) {
        collector.add(batch, from, len, gid);
    }

    @Override
    public final void finish(int groups) {
        collector.layOut(groups);
        prepare(groups);
        double[] values = collector.values();
        for (int g = 0; g < groups; g++) {
            summarise(g, values, collector.from(g), collector.to(g));
        }
        nulls = collector.nulls();
    }

    /** Makes room for the results of {@code groups} groups. */
    abstract void prepare(int groups);

    /** Summarises one group from its values {@code values[from, to)}, which may be empty. */
    abstract void summarise(int group, double[] values, int from, int to);
}
