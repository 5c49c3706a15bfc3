package io.datasage.charts.explain;

import io.datasage.charts.ColumnInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Correlation heatmap: Pearson r of each pair of columns over the matching rows where both have a value (pairwise
 * complete), with the number of such rows; each pair once, in column order.
 */
final class CorrelationSql {

    private CorrelationSql() {}

    static Select write(QueryContext q, List<ColumnInfo> columns) {
        Select matched = new Select().column("row_number() OVER () AS row_id");
        List<String> names = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            matched.column("CAST(" + Sql.ident(name) + " AS DOUBLE)", name);
            names.add(Sql.ident(name));
            positions.add("(" + (i + 1) + ", " + Sql.text(name) + ")");
        }
        q.script().with("matched", matched.from(q.from()).where(q.filters()));
        q.script()
                .with(
                        "long_values",
                        "UNPIVOT matched ON " + String.join(", ", names) + " INTO NAME column_name VALUE value");
        q.script().with("columns_in_order(position, column_name)", "VALUES " + String.join(", ", positions));
        return new Select()
                .column("a.column_name AS column_a, b.column_name AS column_b")
                .column("corr(va.value, vb.value) AS correlation, count(vb.value) AS n")
                .from("columns_in_order AS a\n"
                        + "JOIN columns_in_order AS b ON a.position < b.position\n"
                        + "LEFT JOIN long_values AS va ON va.column_name = a.column_name\n"
                        + "LEFT JOIN long_values AS vb ON vb.column_name = b.column_name AND vb.row_id = va.row_id")
                .groupBy("a.position, b.position, a.column_name, b.column_name")
                .orderBy("a.position, b.position");
    }
}
