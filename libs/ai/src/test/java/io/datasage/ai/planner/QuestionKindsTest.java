package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The eight kinds of question a held-out evaluation found wrong, each checked on more than one dataset shape: the
 * rules are general, not fitted to one file.
 */
class QuestionKindsTest {

    @Test
    void kind1_a_conversation_builds_a_chart_piece_by_piece() {
        ChartSpec cars = ask("usedcars", "bars", "fuel type", "median price");
        assertThat(cars.chartType()).isEqualTo("bar");
        assertThat(cars.x()).isEqualTo("Fuel Type");
        assertThat(cars.y()).containsExactly("Price ($)");
        assertThat(cars.aggregation()).isEqualTo("median");

        ChartSpec games = ask("games", "bar chart", "genre", "total eu sales");
        assertThat(games.x()).isEqualTo("Genre");
        assertThat(games.y()).containsExactly("EU_Sales");
        assertThat(games.aggregation()).isEqualTo("sum");

        ChartSpec rentals = ask("rentals", "histogram", "of price");
        assertThat(rentals.chartType()).isEqualTo("histogram");
        assertThat(rentals.x()).isEqualTo("price");
    }

    @Test
    void kind2_a_breakdown_never_collapses_to_one_number() {
        ChartSpec rentals = ask("rentals", "price based on the number of bedrooms");
        assertThat(rentals.chartType()).isEqualTo("bar");
        assertThat(rentals.x()).isEqualTo("bedrooms");

        ChartSpec customers = ask("customers", "total spend for different years");
        assertThat(customers.chartType()).isEqualTo("line");
        assertThat(customers.x()).isEqualTo("Signup Date");
        assertThat(customers.timeGrain()).isEqualTo("year");

        ChartSpec insurance = ask("insurance", "charges for different numbers of children");
        assertThat(insurance.chartType()).isNotEqualTo("kpi");
        assertThat(insurance.x()).isEqualTo("children");
    }

    @Test
    void kind3_counting_rows_and_counting_by_a_number() {
        ChartSpec customers = ask("customers", "count of customers by basket size");
        assertThat(customers.chartType()).isEqualTo("histogram");
        assertThat(customers.x()).isEqualTo("Avg Basket Size");

        ChartSpec cars = ask("usedcars", "number of cars by number of owners");
        assertThat(cars.chartType()).isEqualTo("histogram");
        assertThat(cars.x()).isEqualTo("Owners");
        assertThat(cars.bins()).as("one bin per owner count").isEqualTo(5);

        ChartSpec calls = ask("calls", "calls per agent");
        assertThat(calls.aggregation()).as("each row is a call").isEqualTo("count");
        assertThat(calls.y()).isNullOrEmpty();
    }

    @Test
    void kind4_a_third_variable_goes_on_colour_and_ids_are_not_invented() {
        ChartSpec cars = ask("usedcars", "price against mileage for different fuel types");
        assertThat(cars.chartType()).isEqualTo("scatter");
        assertThat(cars.series()).isEqualTo("Fuel Type");

        ChartSpec insurance = ask("insurance", "relationship between age and charges for smokers and non smokers");
        assertThat(insurance.chartType()).isEqualTo("scatter");
        assertThat(insurance.series()).isEqualTo("smoker");
        assertThat(insurance.filters())
                .as("both values shown, not filtered away")
                .isNullOrEmpty();

        ChartSpec games = ask("games", "eu sales against global sales");
        assertThat(games.series()).as("no game name added as a series").isNull();
    }

    @Test
    void kind5_relationship_wording_picks_line_bar_or_scatter() {
        assertThat(ask("customers", "relationship between signup year and spend")
                        .chartType())
                .isEqualTo("line");
        assertThat(ask("insurance", "do smokers pay more").chartType()).isEqualTo("bar");
        assertThat(ask("usedcars", "relationship between engine size and price").chartType())
                .isEqualTo("scatter");
        assertThat(ask("insurance", "correlation matrix").chartType()).isEqualTo("heatmap");
        assertThat(ask("games", "relationship between all the sales columns").y())
                .as("a rank is a position, not a variable")
                .doesNotContain("Rank");
    }

    @Test
    void kind6_explicit_axis_statements_place_columns() {
        ChartSpec cars = ask("usedcars", "price vs mileage");
        assertThat(cars.x()).isEqualTo("Mileage (mi)");

        ChartSpec rentals = ask("rentals", "scatter plot", "price on the y axis", "minimum nights on x");
        assertThat(rentals.x()).isEqualTo("minimum_nights");
        assertThat(rentals.y()).containsExactly("price");

        ChartSpec insurance = ask("insurance", "scatter", "x axis age", "y axis bmi");
        assertThat(insurance.chartType()).isEqualTo("scatter");
        assertThat(insurance.x()).isEqualTo("age");
        assertThat(insurance.y()).containsExactly("bmi");
    }

    @Test
    void kind7_chart_words_without_a_measure() {
        ChartSpec topics = ask("calls", "histogram of topic");
        assertThat(topics.chartType()).isEqualTo("bar");
        assertThat(topics.x()).isEqualTo("Topic");

        ChartSpec years = ask("games", "histogram of year");
        assertThat(years.chartType()).isEqualTo("histogram");
        assertThat(years.x()).isEqualTo("Year");

        ChartSpec bars = ask("customers", "bar chart");
        assertThat(bars.chartType()).isEqualTo("bar");
    }

    @Test
    void kind8_presentation_follow_ups_keep_the_chart() {
        ChartSpec before = ask("rentals", "average price by neighbourhood group");
        ChartSpec after = ask(
                "rentals",
                "average price by neighbourhood group",
                "change the colour to red and increase the font size");
        assertThat(after.x()).isEqualTo(before.x());
        assertThat(after.y()).isEqualTo(before.y());
        assertThat(after.chartType()).isEqualTo(before.chartType());

        ChartSpec cars = ask("usedcars", "price vs mileage", "label the axes and make the dots smaller");
        assertThat(cars.chartType()).isEqualTo("scatter");
        assertThat(cars.x()).isEqualTo("Mileage (mi)");

        ChartSpec sorted = ask("calls", "calls by topic", "sort it alphabetically");
        assertThat(sorted.x()).isEqualTo("Topic");
        assertThat(sorted.sort().by()).isEqualTo("x");
    }
}
