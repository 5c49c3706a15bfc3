package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 30 of the held-out questions called for (units naming the measure that carries them, the things a
 * column describes, counts of events, values in other words, rows to show, statistics and dates named, acronyms and
 * heights), each checked on a held-out dataset and on a schema built here.
 */
class UnitsAndThingsTest {

    /** Grain deliveries to silos: one id per load, two dates, a mass in tonnes, flags, a tier written as "10K". */
    private static final DatasetSchema GRAIN = Schemas.of(
            80000,
            Schemas.text("Load_ID", 80000, "L-00001", "L-80000"),
            Schemas.date("Delivery Date", "2023-01-01", "2024-12-31"),
            Schemas.date("Last Audited", "2023-02-01", "2024-12-20"),
            Schemas.category("Grain Type", "Wheat", "Barley", "Oats"),
            Schemas.category("Silo", "Silo North", "Silo South", "Riverside Terminal"),
            Schemas.category("Price Band", "Low", "Median", "High"),
            Schemas.category("Contract Tier", "10K", "50K", "100K"),
            Schemas.number("Net Mass (t)", "2", "40"),
            Schemas.number("Moisture %", "8", "22"),
            Schemas.money("Load Value ($)"),
            Schemas.number("Farm Size (ha)", "5", "4000"),
            Schemas.integer("Bags Filled", 200, "0", "400"),
            Schemas.number("Avg TW (kg/hl)", "55", "85"),
            Schemas.number("Truck Height (m)", "3", "4.6"),
            Schemas.number("Trailer Length (m)", "6", "16"),
            Schemas.flag("Rejected Load?"),
            Schemas.flag("On Contract?"));

    @Test
    void a_unit_named_alone_is_the_measure_carrying_it_and_adds_up() {
        ChartSpec tonnage = ask(GRAIN, "tonnage by grain type");
        assertThat(tonnage.y()).containsExactly("Net Mass (t)");
        assertThat(tonnage.aggregation()).isEqualTo("sum");
        assertThat(ask(GRAIN, "median load value per tonne by silo").y()).containsExactly("Load Value ($)");
        ChartSpec waste = ask("wastecollection", "tonnage collected by waste stream");
        assertThat(waste.y()).containsExactly("Net Weight (t)");
        assertThat(waste.aggregation()).isEqualTo("sum");
        assertThat(ask("foodbank", "lbs distributed per year, emergency boxes only")
                        .aggregation())
                .isEqualTo("sum");
    }

    @Test
    void distributed_after_a_noun_is_a_verb_and_a_value_is_of_the_thing_after_it() {
        ChartSpec value = ask(GRAIN, "quarterly value of grain distributed");
        assertThat(value.chartType()).isEqualTo("line");
        assertThat(value.y()).containsExactly("Load Value ($)");
        ChartSpec food = ask("foodbank", "total estimated value of food distributed in 2024");
        assertThat(food.chartType()).isEqualTo("kpi");
        assertThat(food.y()).containsExactly("Est. Value ($)");
    }

    @Test
    void a_plural_names_the_things_a_column_describes() {
        ChartSpec loads = ask(GRAIN, "loads per silo");
        assertThat(loads.aggregation()).isEqualTo("count");
        assertThat(loads.y()).isNullOrEmpty();
        ChartSpec farms = ask(GRAIN, "how many loads came from farms on contract");
        assertThat(farms.aggregation()).isEqualTo("count");
        assertThat(farms.y()).isNullOrEmpty();
        assertThat(ask(GRAIN, "distribution of load masses").x()).isEqualTo("Net Mass (t)");
        assertThat(ask("wastecollection", "loads per facility").y()).isNullOrEmpty();
        assertThat(ask("foodbank", "how many visits were from households on SNAP")
                        .y())
                .isNullOrEmpty();
    }

    @Test
    void whole_numbers_of_things_something_happened_to_add_up() {
        assertThat(ask(GRAIN, "bags filled by grain type").aggregation()).isEqualTo("sum");
        assertThat(ask("wastecollection", "top 3 districts for missed bins").aggregation())
                .isEqualTo("sum");
    }

    @Test
    void values_in_another_order_with_a_multiplier_or_after_to() {
        assertThat(ask(GRAIN, "weekly loads at the north silo").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Silo North"));
        assertThat(ask(GRAIN, "loads on the 10K tier by grain type").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("10K"));
        assertThat(ask(GRAIN, "top 10 silos by load value").filters()).isNullOrEmpty();
        assertThat(ask(GRAIN, "how many loads went to terminal").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Riverside Terminal"));
        assertThat(ask("foodbank", "weekly number of visits at the north mobile van in 2024")
                        .filters())
                .extracting(ChartSpec.Filter::value)
                .contains("Mobile Van - North");
        assertThat(ask("marathon", "box plot of finish times per age group for the 10K")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("10K"));
        assertThat(ask("wastecollection", "how many loads went to landfill").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Eastbrook Landfill"));
    }

    @Test
    void rows_shown_statistics_named_as_values_and_the_date_a_period_is_of() {
        ChartSpec shown = ask(GRAIN, "show the loads with moisture above 14%");
        assertThat(shown.chartType()).isEqualTo("table");
        assertThat(shown.aggregation()).isNull();
        ChartSpec median = ask(GRAIN, "what is the median moisture");
        assertThat(median.aggregation()).isEqualTo("median");
        assertThat(median.filters()).isNullOrEmpty();
        assertThat(ask(GRAIN, "audits per month in 2024").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Last Audited"));
        assertThat(ask("wastecollection", "show the loads with contamination above 30%")
                        .chartType())
                .isEqualTo("table");
        assertThat(ask("streettrees", "what's the median tree age").filters()).isNullOrEmpty();
        assertThat(ask("streettrees", "inspections per month in 2024").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Last Inspected"));
    }

    @Test
    void a_participle_or_a_unit_after_a_measure_and_the_things_after_of_add_no_measure() {
        DatasetSchema mixed = Schemas.of(
                20000,
                Schemas.category("Agency", "Police", "Transit", "Parks"),
                Schemas.money("Fine Amt ($)"),
                Schemas.integer("Issue Hr", 24, "0", "23"),
                Schemas.integer("Votes", 900, "0", "5000"),
                Schemas.integer("Ballots Cast", 900, "0", "5200"),
                Schemas.number("Bag Weight (kg)", "1", "32"),
                Schemas.integer("bagCount", 5, "1", "5"),
                Schemas.category("Mishandling", "Damaged", "Lost", "Delayed"),
                Schemas.money("Input Cost ($/ac)"),
                Schemas.number("Acres Planted", "1", "900"));
        assertThat(ask(mixed, "total fines issued per agency").y()).containsExactly("Fine Amt ($)");
        assertThat(ask(mixed, "total votes cast per agency").y()).containsExactly("Votes");
        assertThat(ask(mixed, "average weight of damaged bags").y()).containsExactly("Bag Weight (kg)");
        assertThat(ask(mixed, "avg input cost per acre by agency").y()).containsExactly("Input Cost ($/ac)");
        assertThat(ask("parking", "total fines issued per agency").y()).containsExactly("Fine Amt ($)");
        assertThat(ask("elections", "total votes cast by mail").y()).containsExactly("Votes");
        assertThat(ask("baggage", "average weight of damaged bags").y()).containsExactly("Bag Weight [kg]");
    }

    @Test
    void two_words_spell_a_measures_acronym_and_a_height_is_compared_in_its_unit() {
        assertThat(ask(GRAIN, "average test weight by grain type").y()).containsExactly("Avg TW (kg/hl)");
        ChartSpec tall = ask(GRAIN, "how many loads over 4 m tall");
        assertThat(tall.y()).isNullOrEmpty();
        assertThat(tall.filters()).singleElement().satisfies(f -> assertThat(f.column())
                .isEqualTo("Truck Height (m)"));
        assertThat(ask("marathon", "avg heart rate for each event").y()).containsExactly("Avg HR (bpm)");
        assertThat(ask("streettrees", "how many trees over 25 m tall").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Height (m)"));
        assertThat(ask("timesheets", "gross pay over time, weekly").y()).doesNotContain("OT Hrs");
    }
}
