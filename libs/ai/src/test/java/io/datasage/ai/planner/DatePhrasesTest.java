package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calendar phrases, relative periods counted back from the data's latest date, and the filters they become. */
class DatePhrasesTest {

    private static final LocalDate MAX = LocalDate.of(2017, 12, 30);

    private static Period period(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            DatePhrases.Found f = DatePhrases.match(tokens, i, MAX);
            if (f != null) {
                return f.period();
            }
        }
        return null;
    }

    private static String span(String text) {
        Period p = period(text);
        return p == null ? null : p.from() + ".." + p.to();
    }

    @Test
    void reads_years_months_quarters_and_halves() {
        assertThat(span("in 2016")).isEqualTo("2016-01-01..2016-12-31");
        assertThat(span("in March 2016")).isEqualTo("2016-03-01..2016-03-31");
        assertThat(span("mar 2016")).isEqualTo("2016-03-01..2016-03-31");
        assertThat(span("february of 2016")).isEqualTo("2016-02-01..2016-02-29");
        assertThat(span("Q1 2016")).isEqualTo("2016-01-01..2016-03-31");
        assertThat(span("2016 q4")).isEqualTo("2016-10-01..2016-12-31");
        assertThat(span("the second quarter of 2015")).isEqualTo("2015-04-01..2015-06-30");
        assertThat(span("first half of 2017")).isEqualTo("2017-01-01..2017-06-30");
        assertThat(span("H2 2016")).isEqualTo("2016-07-01..2016-12-31");
        assertThat(span("FY 2016")).isEqualTo("2016-01-01..2016-12-31");
        assertThat(span("the 1990s")).isEqualTo("1990-01-01..1999-12-31");
        assertThat(span("on 2016-05-03")).isEqualTo("2016-05-03..2016-05-03");
    }

    @Test
    void places_periods_without_a_year_in_the_latest_year_of_the_data() {
        assertThat(span("in june")).isEqualTo("2017-06-01..2017-06-30");
        assertThat(period("in june").relative()).isTrue();
        assertThat(span("in Q3")).isEqualTo("2017-07-01..2017-09-30");
        assertThat(span("may")).as("'may' alone is a verb").isNull();
        assertThat(span("since may")).isEqualTo("2017-05-01..2017-05-31");
    }

    @Test
    void counts_relative_periods_back_from_the_latest_date() {
        assertThat(span("last quarter")).isEqualTo("2017-10-01..2017-12-31");
        assertThat(span("last month")).isEqualTo("2017-12-01..2017-12-31");
        assertThat(span("last year")).isEqualTo("2017-01-01..2017-12-31");
        assertThat(span("this year")).isEqualTo("2017-01-01..2017-12-31");
        assertThat(span("last 6 months")).isEqualTo("2017-07-01..2017-12-31");
        assertThat(span("past 30 days")).isEqualTo("2017-12-01..2017-12-30");
        assertThat(span("the last two years")).isEqualTo("2016-01-01..2017-12-31");
        assertThat(span("ytd")).isEqualTo("2017-01-01..2017-12-30");
        assertThat(period("last 6 months").rolling()).isTrue();
        assertThat(period("last quarter").rolling()).isFalse();
    }

    @Test
    void needs_a_date_to_count_back_from() {
        List<Token> tokens = Tokenizer.tokenize("last quarter");
        assertThat(DatePhrases.match(tokens, 0, null)).isNull();
    }

    @Test
    void turns_periods_into_filters_with_the_right_operator() {
        DatasetSchema s =
                Schemas.of(1000, Schemas.date("Order Date", "2014-01-03", "2017-12-30"), Schemas.money("Sales"));
        assertThat(filters("sales in 2016", s)).containsExactly("Order Date between [2016-01-01, 2016-12-31]");
        assertThat(filters("sales since 2016", s)).containsExactly("Order Date >= 2016-01-01");
        assertThat(filters("sales after 2015", s)).containsExactly("Order Date >= 2016-01-01");
        assertThat(filters("sales before 2016", s)).containsExactly("Order Date < 2016-01-01");
        assertThat(filters("sales until 2016", s)).containsExactly("Order Date <= 2016-12-31");
        assertThat(filters("sales between 2015 and 2016", s))
                .containsExactly("Order Date between [2015-01-01, 2016-12-31]");
        assertThat(filters("sales from 2015 to 2016", s))
                .containsExactly("Order Date between [2015-01-01, 2016-12-31]");
        assertThat(filters("sales 2015-2016", s)).containsExactly("Order Date between [2015-01-01, 2016-12-31]");
        assertThat(filters("sales from jan to mar 2016", s))
                .containsExactly("Order Date between [2016-01-01, 2016-03-31]");
        assertThat(filters("sales 2016 onwards", s)).containsExactly("Order Date >= 2016-01-01");
    }

    @Test
    void ends_date_time_filters_at_the_last_second_of_the_day() {
        DatasetSchema s = Schemas.of(
                1000,
                new io.datasage.ai.schema.ColumnSchema(
                        "ts", "datetime", null, 900, 0, null, "2023-01-01T00:00:00", "2023-06-30T23:55:00"),
                Schemas.number("temp", "0", "40"));
        assertThat(filters("temp in june", s)).containsExactly("ts between [2023-06-01, 2023-06-30T23:59:59]");
        assertThat(filters("temp until may", s)).containsExactly("ts <= 2023-05-31T23:59:59");
    }

    @Test
    void maps_years_onto_a_two_digit_year_column() {
        DatasetSchema cars =
                Schemas.of(398, Schemas.integer("model_year", 13, "70", "82"), Schemas.number("mpg", "9", "46.6"));
        assertThat(filters("mpg since 1980", cars)).containsExactly("model_year >= 80");
        assertThat(filters("mpg in 1975", cars)).containsExactly("model_year = 75");
        assertThat(filters("mpg between 1972 and 1976", cars)).containsExactly("model_year between [72, 76]");
    }

    @Test
    void reads_big_numbers_after_a_measure_as_numbers_not_years() {
        DatasetSchema s =
                Schemas.of(1000, Schemas.date("Order Date", "2014-01-03", "2017-12-30"), Schemas.money("Sales"));
        assertThat(filters("orders with sales over 2000", s)).containsExactly("Sales > 2000");
    }

    static List<String> filters(String question, DatasetSchema schema) {
        Plan plan = new OfflinePlanner().plan(question, schema, null);
        return plan.spec().filters() == null
                ? List.of()
                : plan.spec().filters().stream()
                        .map(f -> f.column() + " " + f.op() + " " + f.value())
                        .toList();
    }
}
