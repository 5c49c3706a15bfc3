package io.datasage.charts.figure;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.query.KeyEncoder;
import io.datasage.charts.spec.TimeGrain;

/** How group keys appear on a Plotly axis: dates as ISO period starts, numbers as numbers, the rest as labels. */
final class Axes {

    private Axes() {}

    /** Plotly axis type for x: "date" for day/week/month buckets, "linear" for ordered numbers, else "category". */
    static String type(ColumnInfo x, TimeGrain grain, boolean numbersInOrder) {
        if (x.type().isTemporal()) {
            return grain == TimeGrain.QUARTER || grain == TimeGrain.YEAR ? "category" : "date";
        }
        return x.type().isNumeric() && numbersInOrder ? "linear" : "category";
    }

    /** The value plotted for a key: its label on a category axis, its value (number, ISO date) otherwise. */
    static Object plotted(KeyEncoder keys, int id, String axisType) {
        return "category".equals(axisType) ? keys.label(id) : keys.value(id);
    }
}
