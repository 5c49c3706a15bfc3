package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * Rules drawn from rounds 157-160: heatmaps of a grouping by a period, two measures coloured by a category, the
 * kinds of a value split by, rows named by their own id and kept by a number, cubic metres.
 */
class HeatmapCellsAndKindsTest {

    /** A ferry's bookings: a route and a deck, a sailing date, measures enough for a correlation matrix. */
    private static final DatasetSchema FERRY = Schemas.of(
            60000,
            Schemas.text("Booking No", 60000, "FB-1", "FB-2"),
            Schemas.date("Sailing Date", "2023-01-01", "2024-12-31"),
            Schemas.category("Route", "Dover-Calais", "Hull-Rotterdam", "Poole-Cherbourg"),
            Schemas.category("Deck", "Upper", "Lower"),
            Schemas.integer("Passengers", 9, "1", "9"),
            Schemas.number("Vehicle Length (m)", "3", "18"),
            Schemas.number("Crossing (mins)", "80", "720"),
            Schemas.number("Fare (£)", "30", "900"),
            Schemas.category("Status", "Sailed", "Cancelled - Weather", "Cancelled - Customer", "Cancelled - Strike"));

    /** A van hire desk's jobs: a numbered job per row, hours and miles, a depot, a driver, what was charged. */
    private static final DatasetSchema VAN_HIRE = Schemas.of(
            12000,
            Schemas.text("JOB_NO", 12000, "VH-1", "VH-2"),
            Schemas.date("HIRE_DT", "2023-01-01", "2024-12-31"),
            Schemas.category("DEPOT_NM", "Leeds", "York"),
            Schemas.category("VAN_TYPE", "Luton", "SWB", "LWB"),
            Schemas.number("HIRE_HRS", "2", "96"),
            Schemas.number("MILES", "5", "900"),
            Schemas.number("VOL_M3", "3", "20"),
            Schemas.number("CHARGE_GBP", "40", "1400"),
            Schemas.category("DRIVER_NM", "Ann", "Raj", "Lee", "Kim"));

    /** A fabric shop's till lines, no column named for them: rolls counted by a quantity named first, a colour. */
    private static final DatasetSchema FABRIC_LINES = Schemas.of(
            80000,
            Schemas.date("saleDate", "2023-01-01", "2024-12-31"),
            Schemas.category("colourName", "Teal", "Mustard", "Navy"),
            Schemas.category("fabric", "Linen", "Cotton"),
            Schemas.integer("qtyRolls", 12, "1", "12"),
            Schemas.number("rollMetres", "5", "50"),
            Schemas.money("grossGbp"));

    @Test
    void a_plural_names_the_quantity_written_before_it_and_ranked_colours_are_no_series() {
        ChartSpec tins = ask("paintmixlines", "top 10 colours by tins sold");
        assertThat(tins.chartType()).isEqualTo("bar");
        assertThat(tins.x()).isEqualTo("colourName");
        assertThat(tins.y()).containsExactly("qtyTins");
        ChartSpec rolls = ask(FABRIC_LINES, "top 5 colours by rolls sold");
        assertThat(rolls.chartType()).isEqualTo("bar");
        assertThat(rolls.x()).isEqualTo("colourName");
        assertThat(rolls.y()).containsExactly("qtyRolls");
        assertThat(ask(FABRIC_LINES, "rolls sold per fabric").y()).containsExactly("qtyRolls");
    }

    /** A bus route's stop visits: stops numbered along the route, more of them than a chart shows as bars. */
    private static final DatasetSchema ROUTE_STOPS = Schemas.of(
            300000,
            Schemas.datetime("VISIT_TS", "2024-01-01T05:00:00", "2024-12-31T23:59:00"),
            Schemas.category("ROUTE", "X1", "X2", "7"),
            Schemas.integer("STOP_NO", 64, "1", "64"),
            Schemas.number("DELAY_MIN", "0", "45"));

    @Test
    void a_heatmap_of_a_grouping_by_a_period_counts_its_cells() {
        ChartSpec trails = ask("upliftpasses", "heatmap of trail conditions by month");
        assertThat(trails.chartType()).isEqualTo("heatmap");
        assertThat(trails.x()).isEqualTo("rideDate");
        assertThat(trails.series()).isEqualTo("trailConditions");
        assertThat(trails.timeGrain()).isEqualTo("month");
        assertThat(trails.aggregation()).isEqualTo("count");
        ChartSpec routes = ask(FERRY, "heatmap of route by month");
        assertThat(routes.chartType()).isEqualTo("heatmap");
        assertThat(routes.x()).isEqualTo("Sailing Date");
        assertThat(routes.series()).isEqualTo("Route");
        assertThat(routes.y()).isNullOrEmpty();
        // Nothing to group by: the measures' correlations, as before.
        assertThat(ask(FERRY, "heatmap").y()).contains("Fare (£)", "Passengers");
    }

    @Test
    void a_period_after_and_is_the_second_grouping_of_by() {
        ChartSpec pens = ask("catterystays", "heatmap of stays by pen type and month");
        assertThat(pens.chartType()).isEqualTo("heatmap");
        assertThat(pens.series()).isEqualTo("Pen Type");
        assertThat(pens.timeGrain()).isEqualTo("month");
        ChartSpec decks = ask(FERRY, "heatmap of bookings by deck and month");
        assertThat(decks.chartType()).isEqualTo("heatmap");
        assertThat(decks.x()).isEqualTo("Sailing Date");
        assertThat(decks.series()).isEqualTo("Deck");
        assertThat(decks.timeGrain()).isEqualTo("month");
    }

    @Test
    void two_measures_coloured_by_a_category_are_a_scatter() {
        ChartSpec pulses = ask("laserclinic", "does session length go up with the number of pulses? colour by area");
        assertThat(pulses.chartType()).isEqualTo("scatter");
        assertThat(pulses.series()).isEqualTo("Treatment Area");
        ChartSpec crossings = ask(FERRY, "does crossing time go up with the vehicle length? colour by route");
        assertThat(crossings.chartType()).isEqualTo("scatter");
        assertThat(crossings.series()).isEqualTo("Route");
        assertThat(PlannerCases.columnsUsed(crossings))
                .containsExactlyInAnyOrder("Crossing (mins)", "Vehicle Length (m)", "Route");
    }

    @Test
    void the_reason_of_a_value_kept_in_variants_is_its_column_split_by() {
        ChartSpec dogs = ask("doghydro", "bar chart of cancellations per quarter split by the reason");
        assertThat(dogs.chartType()).isEqualTo("grouped_bar");
        assertThat(dogs.series()).isEqualTo("Status");
        ChartSpec ferries = ask(FERRY, "cancelled bookings per route, separate bars for each reason");
        assertThat(ferries.chartType()).isEqualTo("grouped_bar");
        assertThat(ferries.x()).isEqualTo("Route");
        assertThat(ferries.series()).isEqualTo("Status");
    }

    @Test
    void rows_named_by_their_own_id_and_kept_by_a_number_are_listed() {
        assertThat(ask("boatyardjobs", "jobs over 40 labour hours at the main yard")
                        .chartType())
                .isEqualTo("table");
        assertThat(ask("forgecourses", "damascus bookings between £300 and £800")
                        .chartType())
                .isEqualTo("table");
        ChartSpec jobs = ask(VAN_HIRE, "jobs over 48 hire hrs at york");
        assertThat(jobs.chartType()).isEqualTo("table");
        assertThat(jobs.filters()).anySatisfy(f -> {
            assertThat(f.column()).isEqualTo("HIRE_HRS");
            assertThat(f.op()).isEqualTo(">");
        });
        assertThat(ask(VAN_HIRE, "jobs between 100 and 200 miles").chartType()).isEqualTo("table");
        // Lines opening the question, kept by a number, are the rows of a file of lines, not a line chart.
        assertThat(ask("sawmillorders", "lines over 20m3").chartType()).isEqualTo("table");
        ChartSpec lines = ask(FABRIC_LINES, "lines over £200");
        assertThat(lines.chartType()).isEqualTo("table");
        assertThat(lines.filters()).anySatisfy(f -> assertThat(f.column()).isEqualTo("grossGbp"));
    }

    @Test
    void cubic_metres_are_a_volume_in_m3() {
        ChartSpec sawmill = ask("sawmillorders", "cubic metres sold by product group");
        assertThat(sawmill.y()).containsExactly("VOL_M3");
        assertThat(sawmill.aggregation()).isEqualTo("sum");
        assertThat(ask(VAN_HIRE, "total cubic metres by depot").y()).containsExactly("VOL_M3");
    }

    @Test
    void what_something_cost_or_was_priced_at_is_its_charge() {
        ChartSpec trips = ask("carclubtrips", "box plot of trip cost by zone");
        assertThat(trips.chartType()).isEqualTo("box");
        assertThat(trips.y()).containsExactly("totalChargeGbp");
        ChartSpec jobs = ask(VAN_HIRE, "box plot of job cost by depot");
        assertThat(jobs.chartType()).isEqualTo("box");
        assertThat(jobs.y()).containsExactly("CHARGE_GBP");
        assertThat(ask("doghydro", "box plot of price paid per session type").y())
                .containsExactly("Gross Fee (£)");
        assertThat(ask(VAN_HIRE, "box plot of price per van type").y()).containsExactly("CHARGE_GBP");
    }

    @Test
    void the_plural_things_a_ranking_is_by_are_counted() {
        ChartSpec technicians = ask("lawntreatments", "which branch has the most technicians");
        assertThat(technicians.chartType()).isEqualTo("bar");
        assertThat(technicians.series()).isNull();
        assertThat(technicians.aggregation()).isEqualTo("count_distinct");
        ChartSpec drivers = ask(VAN_HIRE, "which depot has the most drivers");
        assertThat(drivers.chartType()).isEqualTo("bar");
        assertThat(drivers.x()).isEqualTo("DEPOT_NM");
        assertThat(drivers.series()).isNull();
        assertThat(drivers.aggregation()).isEqualTo("count_distinct");
        ChartSpec jobs = ask(VAN_HIRE, "top 3 drivers by jobs");
        assertThat(jobs.chartType()).isEqualTo("bar");
        assertThat(jobs.x()).isEqualTo("DRIVER_NM");
        assertThat(jobs.series()).isNull();
        assertThat(jobs.aggregation()).isEqualTo("count");
        assertThat(ask("paintmixlines", "who mixes the most? top 5 staff by lines")
                        .series())
                .isNull();
    }

    @Test
    void a_line_asked_over_a_numbered_grouping_joins_its_numbers_in_order() {
        ChartSpec weeks = ask("bulkywaste", "line of income by wk no");
        assertThat(weeks.chartType()).isEqualTo("line");
        assertThat(weeks.x()).isEqualTo("WK_NO");
        assertThat(weeks.limit()).isNull();
        ChartSpec stops = ask(ROUTE_STOPS, "line of average delay by stop no");
        assertThat(stops.chartType()).isEqualTo("line");
        assertThat(stops.x()).isEqualTo("STOP_NO");
        assertThat(stops.limit()).isNull();
    }
}
