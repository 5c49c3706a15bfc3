package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import org.junit.jupiter.api.Test;

/** Questions as people type them (rounds 129-132): negations without apostrophes, "have we had", counted things. */
class QuestionsAsTypedTest {

    /** A skip-hire firm's jobs: a refunded flag, skips collected, the area of each site. */
    private static final DatasetSchema SKIPS = Schemas.of(
            5000,
            Schemas.text("JOB_REF", 5000, "J1", "J2"),
            Schemas.category("SITE_AREA", "Leeds", "York", "Hull"),
            Schemas.category("DEPOT", "North", "South"),
            Schemas.category("Refunded?", "Yes", "No"),
            Schemas.integer("Skips Collected", 8, "1", "8"),
            Schemas.number("Tonnes", "0", "12"),
            Schemas.money("Charge"));

    @Test
    void a_negation_typed_without_its_apostrophe_still_negates() {
        ChartSpec lets = ask("beachhuts", "show lets where the deposit wasnt refunded");
        assertThat(lets.chartType()).isEqualTo("table");
        assertThat(lets.filters()).containsExactly(new Filter("deposit_refunded", "=", "0"));
        ChartSpec jobs = ask(SKIPS, "show jobs that werent refunded");
        assertThat(jobs.chartType()).isEqualTo("table");
        assertThat(jobs.filters()).containsExactly(new Filter("Refunded?", "=", "No"));
    }

    @Test
    void have_we_had_asks_and_each_groups() {
        ChartSpec contracts = ask("scaffoldhires", "how many contracts have we had in each area");
        assertThat(contracts.chartType()).isEqualTo("bar");
        assertThat(contracts.x()).isEqualTo("SITE_AREA");
        ChartSpec jobs = ask(SKIPS, "how many jobs have we had in each area");
        assertThat(jobs.x()).isEqualTo("SITE_AREA");
        assertThat(jobs.aggregation()).isEqualTo("count");
    }

    @Test
    void a_plural_that_begins_a_measures_name_is_that_measure_not_bins() {
        ChartSpec bins = ask("shreddingcollections", "avg bins per collection on each route");
        assertThat(bins.y()).containsExactly("Bins Collected (#)");
        assertThat(bins.x()).isEqualTo("Route");
        ChartSpec skips = ask(SKIPS, "skips vs tonnes, coloured by depot");
        assertThat(skips.chartType()).isEqualTo("scatter");
        assertThat(skips.series()).isEqualTo("DEPOT");
        // Bins after a number are a histogram's.
        ChartSpec binned = ask(SKIPS, "tonnes in 10 bins");
        assertThat(binned.chartType()).isEqualTo("histogram");
        assertThat(binned.x()).isEqualTo("Tonnes");
    }

    /** A café's orders: who served each. */
    private static final DatasetSchema CAFE = Schemas.of(
            15000,
            Schemas.text("orderId", 15000, "O1", "O2"),
            Schemas.category("waiterName", "Amy", "Ben", "Cal"),
            Schemas.category("tableArea", "Inside", "Terrace"),
            Schemas.money("orderTotal"),
            Schemas.money("tip"));

    @Test
    void staff_ranked_are_whoever_served_the_rows() {
        ChartSpec tips = ask("taproomtabs", "top 5 staff for tips");
        assertThat(tips.x()).isEqualTo("serverName");
        assertThat(tips.y()).containsExactly("tipAmount");
        assertThat(tips.limit()).isEqualTo(5);
        ChartSpec cafe = ask(CAFE, "top 3 staff by tips");
        assertThat(cafe.x()).isEqualTo("waiterName");
    }

    /** A pub's tills: the weekday of each sale. */
    private static final DatasetSchema PUB = Schemas.of(
            40000,
            Schemas.datetime("soldAt", "2024-01-01T11:00:00", "2024-12-31T23:00:00"),
            Schemas.category("weekday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
            Schemas.integer("pints", 12, "0", "12"),
            Schemas.money("total"));

    @Test
    void which_night_is_the_day_of_the_week() {
        assertThat(ask("taproomtabs", "which night sells the most cans to take away")
                        .x())
                .isEqualTo("dayOfWeek");
        ChartSpec pints = ask(PUB, "avg pints each night");
        assertThat(pints.x()).isEqualTo("weekday");
        assertThat(pints.y()).containsExactly("pints");
    }

    @Test
    void thru_is_through() {
        assertThat(ask("carbootpitches", "average buyers thru the gate by month")
                        .y())
                .containsExactly("Buyers Through Gate");
        // Still a span between two dates.
        assertThat(ask("carbootpitches", "total pitch fees jan thru march 2024").filters())
                .extracting(Filter::op)
                .containsExactly("between");
    }

    /** A courier's parcels: a status of delivery, the delivery's charge and region. */
    private static final DatasetSchema PARCELS = Schemas.of(
            30000,
            Schemas.text("parcelNo", 30000, "P1", "P2"),
            Schemas.category("status", "Delivered - On Time", "Delivered - Late", "Returned - Refused"),
            Schemas.category("deliveryRegion", "North", "South", "East"),
            Schemas.money("deliveryCharge"),
            Schemas.date("deliveryDate", "2024-01-01", "2024-12-31"));

    @Test
    void the_noun_of_a_values_deed_is_the_rows_it_keeps() {
        ChartSpec late = ask("hamperorders", "which regions get the most late deliveries");
        assertThat(late.y()).isNullOrEmpty();
        assertThat(late.aggregation()).isEqualTo("count");
        ChartSpec parcels = ask(PARCELS, "which regions had the most late deliveries");
        assertThat(parcels.x()).isEqualTo("deliveryRegion");
        assertThat(parcels.y()).isNullOrEmpty();
        // Over time the noun still names the date of the deed.
        assertThat(ask(PARCELS, "late deliveries per month").x()).isEqualTo("deliveryDate");
    }
}
