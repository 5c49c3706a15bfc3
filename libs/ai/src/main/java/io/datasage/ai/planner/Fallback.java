package io.datasage.ai.planner;

/** A useful first chart for a dataset, for questions the planner could not read. */
final class Fallback {

    private Fallback() {}

    static Draft overview(SchemaIndex index) {
        Draft d = new Draft();
        ColumnInfo measure = index.primaryMeasure;
        ColumnInfo date = index.primaryDate;
        if (date != null && measure != null) {
            d.type = "line";
            d.x = date;
            d.y.add(measure);
            d.aggregation = "sum";
            d.grain = TimeGrains.defaultFor(date, java.util.List.of());
            return d;
        }
        ColumnInfo category = null;
        for (ColumnInfo c : index.columns) {
            if (c.role() == ColumnRole.CATEGORY && c.distinct() >= 2 && c.distinct() <= ChartChooser.MANY_GROUPS) {
                category = c;
                break;
            }
        }
        if (category != null) {
            d.type = "bar";
            d.x = category;
            if (measure != null) {
                d.y.add(measure);
                d.aggregation = "sum";
            } else {
                d.aggregation = "count";
            }
            return d;
        }
        for (ColumnInfo c : index.columns) {
            if (c.isMeasure()) {
                d.type = "histogram";
                d.x = c;
                return d;
            }
        }
        d.rowsOf(index.columns);
        return d;
    }
}
