package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 29 of the held-out questions called for (lists of the matching rows, values the planner would read
 * as abbreviations, the plural of a dated noun, rates and counts named around a measure, the verb of a date, yes/no
 * events counted, ordinals and scaled numbers), each checked on a held-out dataset and on a schema built here.
 */
class ListsAndEventsTest {

    /** Pet boarding stays: one id per stay, two dates, a status, a per-day measure, flags and an ordinal visit. */
    private static final DatasetSchema BOARDING = Schemas.of(
            50000,
            Schemas.text("STAY_NO", 50000, "S-00001", "S-50000"),
            Schemas.date("Intake Date", "2023-01-01", "2024-12-31"),
            Schemas.date("Discharge Date", "2023-01-02", "2025-01-10"),
            Schemas.category("Species", "Dog", "Cat", "Rabbit"),
            Schemas.category("Status", "Discharged", "In Care", "No Show"),
            Schemas.category("Drop-off Band", "AM Peak", "Midday", "PM Peak"),
            Schemas.text("Kennel Tag", 420, "K-001", "K-420"),
            Schemas.number("Food Eaten (g/day)", "20", "900"),
            Schemas.money("Stay Total ($)"),
            Schemas.integer("Meals", 60, "1", "90"),
            Schemas.integer("Meds Given", 30, "0", "40"),
            Schemas.number("Guest Weight (kg)", "0.5", "80"),
            Schemas.number("Guest Age (yrs)", "0", "20"),
            Schemas.flag("Vaccinated?"),
            Schemas.flag("Cancelled?"),
            Schemas.integer("Visit No.", 12, "1", "12"),
            Schemas.integer("Loyalty Points ('000)", 80, "0", "80"));

    @Test
    void a_list_with_nothing_to_group_or_measure_shows_the_matching_rows() {
        ChartSpec costly = ask(BOARDING, "list dog stays that cost more than $500");
        assertThat(costly.chartType()).isEqualTo("table");
        assertThat(costly.aggregation()).isNull();
        assertThat(costly.y()).hasSize(BOARDING.columns().size());
        assertThat(costly.filters()).extracting(f -> f.column()).containsExactlyInAnyOrder("Species", "Stay Total ($)");
        ChartSpec delayed = ask("ferries", "list sailings delayed more than 2 hours");
        assertThat(delayed.chartType()).isEqualTo("table");
        assertThat(delayed.filters()).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("Delay [mins]");
            assertThat(((Number) f.value()).doubleValue()).isEqualTo(120);
        });
    }

    @Test
    void a_value_is_met_even_when_the_planner_expands_the_word_as_an_abbreviation() {
        assertThat(ask(BOARDING, "meals eaten by cats per month").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Cat"));
        assertThat(ask("vetvisits", "pet age vs weight for cats").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Cat"));
    }

    @Test
    void the_plural_of_a_lone_dated_noun_counts_the_rows() {
        ChartSpec intakes = ask(BOARDING, "share of intakes by species");
        assertThat(intakes.chartType()).isEqualTo("pie");
        assertThat(intakes.x()).isEqualTo("Species");
        assertThat(intakes.aggregation()).isEqualTo("count");
        ChartSpec applications = ask("permits", "permit applications by ward, stacked by status");
        assertThat(applications.x()).isEqualTo("Ward");
        assertThat(applications.series()).isEqualTo("Status");
        assertThat(ask("dairy", "share of tests by milking system").chartType()).isEqualTo("pie");
    }

    @Test
    void an_adverb_of_time_before_a_per_day_measure_names_it_and_many_values_do_not_split_a_line() {
        ChartSpec food = ask(BOARDING, "top 2 species by average daily food eaten");
        assertThat(food.chartType()).isEqualTo("bar");
        assertThat(food.x()).isEqualTo("Species");
        ChartSpec kennels = ask(BOARDING, "avg food eaten per kennel trend");
        assertThat(kennels.chartType()).isEqualTo("line");
        assertThat(kennels.series()).isNull();
        assertThat(ask("dairy", "top 3 breeds by average daily yield").x()).isEqualTo("Breed");
        assertThat(ask("dairy", "avg yield per cow trend").series()).isNull();
    }

    @Test
    void words_around_a_measure_say_what_it_is_about() {
        ChartSpec vaccinated = ask(BOARDING, "how many stays were for vaccinated guests");
        assertThat(vaccinated.chartType()).isEqualTo("kpi");
        assertThat(vaccinated.aggregation()).isEqualTo("count");
        assertThat(vaccinated.y()).isNullOrEmpty();
        assertThat(ask(BOARDING, "total meals given per month").y()).containsExactly("Meals");
        ChartSpec single = ask(BOARDING, "most meals ever on a single stay");
        assertThat(single.chartType()).isEqualTo("kpi");
        assertThat(single.aggregation()).isEqualTo("max");
        assertThat(ask("vetvisits", "how many visits were for insured pets").y())
                .isNullOrEmpty();
        assertThat(ask("ferries", "total pasengers carried per month").y()).containsExactly("Passengers");
        assertThat(ask("ferries", "most passengers ever on a single sailing").aggregation())
                .isEqualTo("max");
    }

    @Test
    void a_participle_before_a_period_names_its_date_and_ordinals_and_scales_become_numbers() {
        assertThat(ask(BOARDING, "how many stays were discharged in 2024").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Discharge Date"));
        assertThat(ask(BOARDING, "average stay total for first-visit guests by species")
                        .filters())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.column()).isEqualTo("Visit No.");
                    assertThat(((Number) f.value()).doubleValue()).isEqualTo(1);
                });
        assertThat(ask(BOARDING, "how many stays had loyalty points over 20k").filters())
                .singleElement()
                .satisfies(f -> assertThat(((Number) f.value()).doubleValue()).isEqualTo(20));
        assertThat(ask("permits", "how many permits were issued in 2023").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Issue Date"));
        assertThat(ask("dairy", "average yield for first-lactation heifers by farm")
                        .x())
                .isEqualTo("Farm");
        assertThat(ask("dairy", "how many tests had a cell count over 400k").filters())
                .singleElement()
                .satisfies(f -> assertThat(((Number) f.value()).doubleValue()).isEqualTo(400));
    }

    @Test
    void yes_no_events_named_as_nouns_are_counted() {
        ChartSpec cancellations = ask(BOARDING, "cancellations by species");
        assertThat(cancellations.aggregation()).isEqualTo("count");
        assertThat(cancellations.filters()).singleElement().satisfies(f -> assertThat(f.column())
                .isEqualTo("Cancelled?"));
        ChartSpec cases = ask(BOARDING, "vaccinated cases per species");
        assertThat(cases.aggregation()).isEqualTo("count");
        assertThat(cases.filters()).singleElement().satisfies(f -> assertThat(f.column())
                .isEqualTo("Vaccinated?"));
        assertThat(ask("ferries", "cancellations by weather condition").aggregation())
                .isEqualTo("count");
        assertThat(ask("dairy", "mastitis cases per farm").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Mastitis Treated?"));
    }

    @Test
    void peak_words_bills_and_a_misspelt_id_noun() {
        assertThat(ask(BOARDING, "average meals for stays in the morning peak").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("AM Peak"));
        assertThat(ask(BOARDING, "median bill by species").y()).containsExactly("Stay Total ($)");
        assertThat(ask(BOARDING, "how many stys were cancelled").y()).isNullOrEmpty();
        assertThat(ask("ferries", "avg passengers per sailing in the morning peak, by route")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("AM Peak"));
        assertThat(ask("vetvisits", "median bill for dogs over 40 kg by visit reason")
                        .y())
                .containsExactly("Invoice Total ($)");
        assertThat(ask("permits", "how many permts are in heritage zones").y()).isNullOrEmpty();
    }
}
