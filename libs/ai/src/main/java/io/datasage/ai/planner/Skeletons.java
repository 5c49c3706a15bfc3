package io.datasage.ai.planner;

/**
 * A chart of the kind a question names when it names nothing else ("bars", "a histogram", "scatter plot"): drawn
 * over the dataset's main columns, so that the next turns can fill in or replace each part of it.
 */
final class Skeletons {

    private Skeletons() {}

    /** The draft of {@code type} over the dataset's headline columns, or null when the data cannot draw it. */
    static Draft of(String type, SchemaIndex index) {
        Draft d = new Draft();
        d.type = type;
        ColumnInfo measure = index.primaryMeasure != null
                ? index.primaryMeasure
                : index.measures().isEmpty() ? null : index.measures().get(0);
        switch (type) {
            case "bar", "pie" -> {
                ColumnInfo group = grouping(index);
                if (group == null) {
                    return null;
                }
                d.x = group;
                d.aggregation = "count";
            }
            case "histogram", "box" -> {
                if (measure == null) {
                    return null;
                }
                if ("box".equals(type)) {
                    d.y.add(measure);
                } else {
                    d.x = measure;
                }
            }
            case "scatter" -> {
                if (index.measures().size() < 2) {
                    return null;
                }
                ColumnInfo other = index.measures().get(0) == measure
                        ? index.measures().get(1)
                        : index.measures().get(0);
                d.x = other;
                d.y.add(measure);
            }
            case "line", "area" -> {
                ColumnInfo time = index.timeColumn();
                if (time == null) {
                    return null;
                }
                d.x = time;
                if (measure != null) {
                    d.y.add(measure);
                }
                d.aggregation = measure == null ? "count" : Aggregations.defaultFor(measure);
                d.grain = time.role() == ColumnRole.DATE ? TimeGrains.defaultFor(time, java.util.List.of()) : null;
            }
            default -> {
                return null;
            }
        }
        return d;
    }

    /** The first category or yes/no column with a readable number of groups (3-12 preferred). */
    private static ColumnInfo grouping(SchemaIndex index) {
        ColumnInfo fallback = null;
        for (ColumnInfo c : index.columns) {
            boolean group = (c.role() == ColumnRole.CATEGORY || c.role() == ColumnRole.BOOLEAN) && c.distinct() >= 2;
            if (!group || c.distinct() > ChartChooser.MANY_GROUPS) {
                continue;
            }
            if (c.distinct() >= 3 && c.distinct() <= 12) {
                return c;
            }
            fallback = fallback == null ? c : fallback;
        }
        return fallback;
    }
}
