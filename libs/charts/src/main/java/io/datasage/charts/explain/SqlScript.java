package io.datasage.charts.explain;

import java.util.ArrayList;
import java.util.List;

/** A query with its common table expressions and leading comments, assembled into the text users see. */
final class SqlScript {

    private final List<String> comments = new ArrayList<>();
    private final List<String> ctes = new ArrayList<>();

    void comment(String text) {
        comments.add(Sql.comment(text));
    }

    /** A {@code name AS (...)} step; {@code body} is written indented by two. */
    void with(String name, Select body) {
        with(name, body.render(2));
    }

    /** A step whose body text is already laid out (lines after the first indented by two). */
    void with(String name, String body) {
        ctes.add(name + " AS (\n  " + body + "\n)");
    }

    String render(Select main) {
        StringBuilder out = new StringBuilder();
        for (String comment : comments) {
            out.append(comment).append('\n');
        }
        if (!ctes.isEmpty()) {
            out.append("WITH ").append(String.join(",\n", ctes)).append('\n');
        }
        return out.append(main.render(0)).toString();
    }
}
