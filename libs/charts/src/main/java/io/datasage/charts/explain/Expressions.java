package io.datasage.charts.explain;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;
import io.datasage.charts.spec.Aggregation;
import io.datasage.charts.spec.TimeGrain;

/** Group keys and aggregates in SQL, with the engine's meaning: periods start on their first day, weeks on Monday. */
final class Expressions {

    private Expressions() {}

    /** The group key of {@code column}: the value, or for a time grain the first day of its period (a DATE). */
    static String key(ColumnInfo column, TimeGrain grain) {
        String name = Sql.ident(column.name());
        if (grain == null || !column.type().isTemporal()) {
            return name;
        }
        if (grain == TimeGrain.DAY) {
            return column.type() == ColumnType.DATE ? name : "CAST(" + name + " AS DATE)";
        }
        String truncated = "date_trunc('" + grain.wireName() + "', " + name + ")";
        return column.type() == ColumnType.DATE ? truncated : "CAST(" + truncated + " AS DATE)";
    }

    /**
     * The aggregate of {@code y} ({@code count(*)} without one): count counts non-empty values, median is the
     * interpolated 0.5 quantile, sum and mean of a boolean count its true values.
     */
    static String aggregate(Aggregation aggregation, ColumnInfo y) {
        if (y == null) {
            return "count(*)";
        }
        String c = Sql.ident(y.name());
        String numeric = y.type() == ColumnType.BOOLEAN ? "CAST(" + c + " AS INTEGER)" : c;
        switch (aggregation) {
            case SUM:
                return "sum(" + numeric + ")";
            case MEAN:
                return "avg(" + numeric + ")";
            case COUNT:
                return "count(" + c + ")";
            case COUNT_DISTINCT:
                return "count(DISTINCT " + c + ")";
            case MEDIAN:
                return "median(" + c + ")";
            case MIN:
                return "min(" + c + ")";
            default:
                return "max(" + c + ")";
        }
    }

    /** {@code "Region" IS NOT NULL}. */
    static String notNull(ColumnInfo column) {
        return Sql.ident(column.name()) + " IS NOT NULL";
    }
}
