package io.datasage.charts.explain;

import java.util.ArrayList;
import java.util.List;

/** One SELECT statement, written one clause per line; {@code WHERE} conditions are ANDed, one per line. */
final class Select {

    private static final int LINE = 100;

    private final List<String> columns = new ArrayList<>();
    private String from;
    private final List<String> where = new ArrayList<>();
    private String groupBy;
    private String orderBy;
    private Integer limit;
    private String sample;

    Select column(String expression) {
        columns.add(expression);
        return this;
    }

    /** {@code expression AS "alias"}, or just the column when it already has that name. */
    Select column(String expression, String alias) {
        String name = Sql.ident(alias);
        columns.add(expression.equals(name) ? name : expression + " AS " + name);
        return this;
    }

    Select from(String source) {
        this.from = source;
        return this;
    }

    Select where(String condition) {
        where.add(condition);
        return this;
    }

    Select where(List<String> conditions) {
        where.addAll(conditions);
        return this;
    }

    Select groupBy(String keys) {
        this.groupBy = keys;
        return this;
    }

    Select orderBy(String order) {
        this.orderBy = order;
        return this;
    }

    Select limit(Integer rows) {
        this.limit = rows;
        return this;
    }

    /** A {@code USING SAMPLE} clause, applied after the filters (the statement becomes a subquery). */
    Select sample(String clause) {
        this.sample = clause;
        return this;
    }

    /** The statement, each line after the first indented by {@code indent} spaces. */
    String render(int indent) {
        String pad = "\n" + " ".repeat(indent);
        String list = String.join(", ", columns);
        if (list.length() > LINE) {
            list = String.join("," + pad + "       ", columns);
        }
        StringBuilder out = new StringBuilder("SELECT ").append(list);
        out.append(pad).append("FROM ").append(from);
        for (int i = 0; i < where.size(); i++) {
            out.append(pad).append(i == 0 ? "WHERE " : "  AND ").append(where.get(i));
        }
        if (groupBy != null) {
            out.append(pad).append("GROUP BY ").append(groupBy);
        }
        if (orderBy != null) {
            out.append(pad).append("ORDER BY ").append(orderBy);
        }
        if (limit != null) {
            out.append(pad).append("LIMIT ").append(limit);
        }
        if (sample == null) {
            return out.toString();
        }
        return "SELECT *" + pad + "FROM (" + out.toString().replace(pad, pad + "  ") + ")" + pad + sample;
    }
}
