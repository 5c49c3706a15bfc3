package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import org.junit.jupiter.api.Test;

/** Numeric filters: comparison words, ranges, units, percentages on 0-1 columns, signs, and which column they belong to. */
class NumberFiltersTest {

    private static final DatasetSchema SCHEMA = Schemas.of(
            1000,
            Schemas.date("Order Date", "2014-01-03", "2017-12-30"),
            Schemas.money("Sales"),
            Schemas.money("Profit"),
            Schemas.number("Discount", "0", "0.8"),
            Schemas.integer("Age", 40, "18", "60"),
            Schemas.integer("Cylinders", 5, "3", "8"),
            Schemas.category("Region", "West", "East"));

    private static java.util.List<String> filters(String q) {
        return DatePhrasesTest.filters(q, SCHEMA);
    }

    @Test
    void reads_comparison_words() {
        assertThat(filters("sales above 1,000")).containsExactly("Sales > 1000");
        assertThat(filters("sales more than 10k")).containsExactly("Sales > 10000");
        assertThat(filters("sales greater than $1.5m")).containsExactly("Sales > 1500000");
        assertThat(filters("sales of at least 500")).containsExactly("Sales >= 500");
        assertThat(filters("sales under 50")).containsExactly("Sales < 50");
        assertThat(filters("sales no more than 50")).containsExactly("Sales <= 50");
        assertThat(filters("sales > 100")).containsExactly("Sales > 100");
        assertThat(filters("count where sales >= 100")).containsExactly("Sales >= 100");
        assertThat(filters("sales 100 or more")).containsExactly("Sales >= 100");
        assertThat(filters("sales between 10 and 20")).containsExactly("Sales between [10, 20]");
        assertThat(filters("sales from 10 to 20")).containsExactly("Sales between [10, 20]");
    }

    @Test
    void reads_percentages_on_columns_stored_as_fractions() {
        assertThat(filters("sales with discount above 20%")).containsExactly("Discount > 0.2");
        assertThat(filters("sales where discount is greater than 0.2")).containsExactly("Discount > 0.2");
    }

    @Test
    void picks_the_column_whose_range_holds_the_number() {
        assertThat(filters("average sales of customers over 50")).containsExactly("Age > 50");
        assertThat(filters("sales where profit is below 0")).containsExactly("Profit < 0");
    }

    @Test
    void reads_an_exact_count_next_to_a_small_integer_column() {
        assertThat(filters("sales of 4 cylinder cars")).containsExactly("Cylinders = 4");
        assertThat(filters("sales with cylinders = 6")).containsExactly("Cylinders = 6");
    }

    @Test
    void reads_sign_words() {
        assertThat(filters("orders with negative profit")).containsExactly("Profit < 0");
        assertThat(filters("count of orders at a loss")).containsExactly("Profit < 0");
        assertThat(filters("positive sales")).containsExactly("Sales > 0");
    }

    @Test
    void leaves_numbers_it_cannot_place_and_says_so() {
        Plan plan = new OfflinePlanner().plan("regions above 7", SCHEMA, null);
        assertThat(plan.spec().filters()).isNull();
        assertThat(plan.notes()).anyMatch(n -> n.contains("Could not tell which column"));
    }
}
