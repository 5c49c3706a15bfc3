package io.datasage.charts.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names and values that look like SQL stay names and values: DuckDB reads each back exactly as it was. */
class SqlQuotingTest {

    private static final List<String> NASTY = List.of(
            "O'Brien",
            "a''b",
            "x'); DROP TABLE t; --",
            "\"; SELECT 1; --",
            "line\nbreak",
            "cr\r\nlf",
            "back\\slash\\",
            "\"quoted\"",
            "-- not a comment",
            "/* nor this */",
            "$$ dollar $$",
            "100% _like_",
            "ünïcödé ✓");

    @Test
    void stringsAndIdentifiersReadBackExactly() throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String value : NASTY) {
                String sql = "SELECT " + Sql.text(value) + " AS " + Sql.ident(value);
                try (Statement statement = duck.createStatement();
                        ResultSet rs = statement.executeQuery(sql)) {
                    assertThat(rs.next()).as(sql).isTrue();
                    assertThat(rs.getString(1)).as(sql).isEqualTo(value);
                    assertThat(rs.getMetaData().getColumnLabel(1)).as(sql).isEqualTo(value);
                    assertThat(rs.next()).as(sql).isFalse();
                }
            }
        }
    }

    @Test
    void literalsAndCommentsKeepTheirLine() {
        assertThat(Sql.text("a\nb")).doesNotContain("\n").isEqualTo("'a' || chr(10) || 'b'");
        assertThat(Sql.comment("note\nDROP TABLE t")).isEqualTo("-- note DROP TABLE t");
        assertThat(Sql.ident("Price \"$\"")).isEqualTo("\"Price \"\"$\"\"\"");
    }

    @Test
    void javaDateLayoutsBecomeStrptimeFormats() {
        assertThat(StrptimeFormat.of("MM/dd/yyyy")).isEqualTo("%m/%d/%Y");
        assertThat(StrptimeFormat.of("dd-MMM-yy")).isEqualTo("%d-%b-%y");
        assertThat(StrptimeFormat.of("MMMM d, yyyy")).isEqualTo("%B %d, %Y");
        assertThat(StrptimeFormat.of("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).isEqualTo("%Y-%m-%dT%H:%M:%S.%g%z");
        assertThat(StrptimeFormat.of("M/d/yyyy h:mm a")).isEqualTo("%m/%d/%Y %I:%M %p");
        assertThat(StrptimeFormat.twoDigitYear("dd/MM/yy")).isTrue();
        assertThat(StrptimeFormat.twoDigitYear("dd/MM/yyyy")).isFalse();
    }
}
