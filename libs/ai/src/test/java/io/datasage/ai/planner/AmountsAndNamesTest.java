package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 27 of the held-out questions called for (amounts that add up, money named by its currency, "value"
 * naming the one value measure, a value named by its last word or a code by a word it begins, money figures and
 * comparatives as filters, the -ing form of a yes/no doer, a count of time units as a duration, listed values
 * splitting grouped bars, a value before its own column's name, "shortest first", a unit after a slash), each
 * checked on other questions than the held-out file's, on a held-out dataset and on a schema built here.
 */
class AmountsAndNamesTest {

    /** Freight consignments: a weight spanning orders of magnitude, money by currency code, many products. */
    private static final DatasetSchema FREIGHT = Schemas.of(
            40000,
            Schemas.text("consignment_id", 40000, "C-1", "C-2"),
            Schemas.date("Ship Date", "2023-01-01", "2024-12-31"),
            Schemas.category("Lane", "North", "South", "East", "West"),
            Schemas.category(
                    "Commodity",
                    "Frozen Salmon",
                    "Green Coffee",
                    "Raw Cotton",
                    "Scrap Copper",
                    "Crude Palm Oil",
                    "Refined Sugar",
                    "Durum Wheat",
                    "Yellow Maize",
                    "Cut Flowers",
                    "Fresh Bananas",
                    "Baled Wool",
                    "Hot Rolled Steel",
                    "Ground Cinnamon"),
            Schemas.category("CARRIER", "MSK", "CMA", "HLC"),
            Schemas.number("Gross Weight (kg)", "2.5", "240000"),
            Schemas.number("Freight Value (EUR)", "10", "950000"),
            Schemas.number("Rate per kg", "0.05", "4.8"),
            Schemas.integer("Transit Days", 60, "1", "60"),
            Schemas.flag("Insurer"));

    @Test
    void amounts_that_add_up_are_summed() {
        assertThat(ask(FREIGHT, "gross weight by lane").aggregation()).isEqualTo("sum");
        // A currency code in the name marks money.
        assertThat(ask(FREIGHT, "freight value by lane").aggregation()).isEqualTo("sum");
        assertThat(ask("elections", "votes by county").aggregation()).isEqualTo("sum");
        // A weight in kg spanning orders of magnitude is what was caught or shipped; a bag's weight is averaged.
        assertThat(ask("landings", "catch weight by port").aggregation()).isEqualTo("sum");
        assertThat(ask("baggage", "bag weight by carrier").aggregation()).isEqualTo("mean");
    }

    @Test
    void money_named_by_its_currency_is_what_spend_and_revenue_mean() {
        assertThat(ask(FREIGHT, "revenue by lane").y()).containsExactly("Freight Value (EUR)");
        ChartSpec spend = ask("contracts", "total spend by delivery region");
        assertThat(spend.y()).containsExactly("Contract Value ($)");
        assertThat(spend.aggregation()).isEqualTo("sum");
        // "Revenue (Millions)": a scale in brackets is a unit, the name is revenue.
        assertThat(ask("movies", "top 10 highest grossing movies").y()).containsExactly("Revenue (Millions)");
    }

    @Test
    void value_with_the_word_before_it_is_the_one_value_measure() {
        assertThat(ask(FREIGHT, "shipped value per month").y()).containsExactly("Freight Value (EUR)");
        ChartSpec awarded = ask("contracts", "quarterly trend of awarded value");
        assertThat(awarded.y()).containsExactly("Contract Value ($)");
        assertThat(awarded.aggregation()).isEqualTo("sum");
        assertThat(ask("landings", "monthly trend of landings value").y()).containsExactly("Landed Value (USD)");
        assertThat(ask("contracts", "distribution of contract values").chartType())
                .isEqualTo("histogram");
    }

    @Test
    void a_value_is_named_by_its_last_word_and_a_code_by_a_word_it_begins() {
        ChartSpec salmon = ask(FREIGHT, "salmon consignments by lane");
        assertThat(salmon.filters()).singleElement().satisfies(f -> assertThat(f.value())
                .isEqualTo("Frozen Salmon"));
        ChartSpec lobster = ask("landings", "lobster price per kg trend by quarter");
        assertThat(lobster.filters()).singleElement().satisfies(f -> assertThat(f.value())
                .isEqualTo("American Lobster"));
        // The thing itself before a value the word only begins: Sea Scallop, not Scallop Dredge.
        assertThat(ask("landings", "scallop value by stat area").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Sea Scallop"));
        ChartSpec republicans = ask("elections", "total votes per year", "only republicans");
        assertThat(republicans.filters()).singleElement().satisfies(f -> assertThat(f.value())
                .isEqualTo("REP"));
        // Two-letter codes are left alone: "delinquencies" is no filter on the state DE.
        assertThat(ask("loans", "delinquencies by grade").filters()).isNullOrEmpty();
    }

    @Test
    void money_figures_and_comparatives_are_filters_on_the_right_measure() {
        assertThat(ask(FREIGHT, "consignments over €50k by lane").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Freight Value (EUR)"));
        ChartSpec big = ask("contracts", "contracts over $10m by procurment method");
        assertThat(big.filters()).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("Contract Value ($)");
            assertThat(f.op()).isEqualTo(">");
            assertThat(((Number) f.value()).doubleValue()).isEqualTo(10_000_000);
        });
        assertThat(ask("quakes", "quakes deeper than 300km by region").filters())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.column()).isEqualTo("Depth (km)");
                    assertThat(f.op()).isEqualTo(">");
                });
    }

    @Test
    void the_ing_form_of_a_yes_no_doer_is_that_column() {
        DatasetSchema patients = Schemas.of(
                9000,
                Schemas.text("patient_id", 9000, "P-1", "P-2"),
                Schemas.category("Ward", "A", "B", "C"),
                Schemas.flag("Smoker"));
        assertThat(ask(patients, "smoking patients by ward").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Smoker"));
        ChartSpec winners = ask("elections", "how many distinct winning candidates per party");
        assertThat(winners.filters()).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("Winner?");
            assertThat(f.value()).isEqualTo(true);
        });
    }

    @Test
    void listed_values_split_grouped_bars_and_a_value_before_its_column_names_it() {
        ChartSpec carriers = ask(FREIGHT, "grouped bars of MSK and CMA freight value by lane");
        assertThat(carriers.chartType()).isEqualTo("grouped_bar");
        assertThat(carriers.series()).isEqualTo("CARRIER");
        ChartSpec parties = ask("elections", "grouped bars of DEM and REP votes by office");
        assertThat(parties.series()).isEqualTo("PARTY");
        // "review status" with a status value "reviewed": the column's phrase, not a filter.
        ChartSpec status = ask("quakes", "count of events by review status");
        assertThat(status.x()).isEqualTo("status");
        assertThat(status.filters()).isNullOrEmpty();
    }

    @Test
    void a_measure_counting_time_units_is_how_long() {
        assertThat(ask(FREIGHT, "average duration by lane").y()).containsExactly("Transit Days");
        ChartSpec trips = ask("landings", "box plot of trip length by gear type");
        assertThat(trips.chartType()).isEqualTo("box");
        assertThat(trips.y()).containsExactly("Trip Days");
    }

    @Test
    void shortest_first_sorts_and_a_unit_after_a_slash_belongs_to_the_name() {
        assertThat(ask(FREIGHT, "avg transit days by lane, shortest first")
                        .sort()
                        .order())
                .isEqualTo("asc");
        assertThat(ask(FREIGHT, "average rate/kg by commodity").y()).containsExactly("Rate per kg");
        ChartSpec shortest = ask("contracts", "avg contract length in months by agency, shortest first");
        assertThat(shortest.sort().order()).isEqualTo("asc");
        assertThat(ask("landings", "avg price/kg by species").y()).containsExactly("Price per kg");
    }
}
