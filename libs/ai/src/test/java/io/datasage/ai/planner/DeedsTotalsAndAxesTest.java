package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules drawn from rounds 129-132, each on a round's file and on a schema written here. */
class DeedsTotalsAndAxesTest {

    /** A courier depot's shifts: a driver's id beside the name, hours worked, parcels. */
    private static final DatasetSchema SHIFTS = Schemas.of(
            8000,
            Schemas.category("depot", "Leeds", "York", "Hull"),
            Schemas.text("driver_id", 300, "D001", "D002"),
            Schemas.text("driver_name", 300, "Sam Hale", "Ann Cole"),
            Schemas.number("hours_worked", "1", "12"),
            Schemas.integer("parcels", 200, "0", "240"),
            Schemas.date("shift_date", "2023-01-01", "2024-12-31"));

    /** A café's bills in a till export with no currency: food and drink beside the bill's own total. */
    private static final DatasetSchema BILLS = Schemas.of(
            20000,
            Schemas.text("billId", 20000, "B1", "B2"),
            Schemas.category("room", "Bar", "Garden", "Snug"),
            Schemas.category("staffName", "Jo", "Ray", "Kim"),
            Schemas.number("foodTotal", "0", "120"),
            Schemas.number("drinkTotal", "0", "200"),
            Schemas.number("billTotal", "0", "300"),
            Schemas.datetime("openedAt", "2024-01-01T10:00:00", "2024-12-31T23:00:00"));

    /** A salon's appointments: a stylist's id beside the name, the service. */
    private static final DatasetSchema SALON = Schemas.of(
            6000,
            Schemas.category("stylistId", "S1", "S2", "S3", "S4"),
            Schemas.category("stylistName", "Mia", "Lee", "Zoe", "Tom"),
            Schemas.category("serviceType", "Cut", "Colour", "Blow Dry"),
            Schemas.money("price"),
            Schemas.money("tip"),
            Schemas.integer("durationMins", 60, "15", "180"));

    @Test
    void a_deed_after_a_distinct_count_says_which_things_are_counted() {
        ChartSpec catalogues =
                ask("vinylpressings", "how many different catalogue nos were ordered in the last quarter of 2024");
        assertThat(catalogues.aggregation()).isEqualTo("count_distinct");
        assertThat(catalogues.y()).containsExactly("Catalogue No");
        ChartSpec badges = ask("doorsupervisors", "how many different SIA badge holders have worked riverside arena");
        assertThat(badges.aggregation()).isEqualTo("count_distinct");
        assertThat(badges.y()).containsExactly("SIA_BADGE_NO");
        ChartSpec drivers = ask(SHIFTS, "how many different drivers have worked at leeds");
        assertThat(drivers.aggregation()).as(drivers.toString()).isEqualTo("count_distinct");
        assertThat(drivers.y()).containsExactly("driver_id");
        // Without "different" the hours are what is asked.
        ChartSpec hours = ask(SHIFTS, "how many hours were worked at leeds");
        assertThat(hours.y()).as(hours.toString()).containsExactly("hours_worked");
    }

    @Test
    void either_side_of_vs_in_a_heatmap_is_an_axis() {
        ChartSpec piercings = ask("piercingappts", "heatmap of piercer vs piercing type");
        assertThat(piercings.chartType()).isEqualTo("heatmap");
        assertThat(piercings.x()).isEqualTo("piercerName");
        assertThat(piercings.series()).isEqualTo("piercingType");
        ChartSpec salon = ask(SALON, "heatmap of service type vs stylist");
        assertThat(salon.chartType()).isEqualTo("heatmap");
        assertThat(salon.x()).isEqualTo("serviceType");
        assertThat(salon.series()).isEqualTo("stylistName");
        assertThat(salon.aggregation()).isEqualTo("count");
        // A comma ends what is counted: the two names after it are the axes.
        ChartSpec jobs = ask("trophyengraving", "heatmap of number of jobs, trophy type by material");
        assertThat(jobs.chartType()).isEqualTo("heatmap");
        assertThat(List.of(jobs.x(), jobs.series())).containsExactlyInAnyOrder("Trophy Type", "Material");
        ChartSpec visits = ask(SALON, "heatmap of number of visits, service type by stylist");
        assertThat(List.of(visits.x(), visits.series())).containsExactlyInAnyOrder("serviceType", "stylistName");
    }

    @Test
    void the_total_of_the_rows_own_thing_is_the_takings() {
        assertThat(ask("taproomtabs", "takings by server").y()).containsExactly("tabTotal");
        assertThat(ask(BILLS, "takings per week").y()).containsExactly("billTotal");
        assertThat(ask(BILLS, "sales by room").y()).containsExactly("billTotal");
        // A sales word after a total's own word restates it.
        assertThat(ask("taproomtabs", "food sales by area on event nights").y()).containsExactly("foodTotal");
        assertThat(ask(BILLS, "drink sales by staff member").y()).containsExactly("drinkTotal");
    }
}
