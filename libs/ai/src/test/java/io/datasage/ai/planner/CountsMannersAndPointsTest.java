package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/** Rules drawn from rounds 137-140: counts named by their things, ways of doing, points per row, rows shown. */
class CountsMannersAndPointsTest {

    /** A laundrette's service washes: item counts after a number sign, a payment method, a weather-coded status. */
    private static final DatasetSchema WASHES = Schemas.of(
            9000,
            Schemas.text("TKT #", 9000, "T1", "T2"),
            Schemas.integer("ITEMS #", 25, "1", "25"),
            Schemas.category("BRANCH", "High St", "Station"),
            Schemas.category("PAY_METHOD", "Card", "Cash", "Account"),
            Schemas.category("Weather", "Dry", "Rain"),
            Schemas.category("Status", "Done", "Cancelled - Weather", "Cancelled - Customer"),
            Schemas.date("DROP_DT", "2024-01-01", "2024-12-31"));

    /** A show ground's events: visitor numbers, and spending per event. */
    private static final DatasetSchema SHOWS = Schemas.of(
            900,
            Schemas.text("Event Ref", 900, "E1", "E2"),
            Schemas.category("Site", "North Field", "South Field"),
            Schemas.integer("Visitor Numbers", 400, "20", "5000"),
            Schemas.money("Food Spend (£)"),
            Schemas.money("Drink Spend (£)"));

    /** A cider maker's batches: bottles of two sizes, written short. */
    private static final DatasetSchema CIDER = Schemas.of(
            600,
            Schemas.text("batch_no", 600, "B1", "B2"),
            Schemas.date("bottling_date", "2023-01-01", "2024-12-31"),
            Schemas.integer("btl_50cl", 300, "0", "900"),
            Schemas.integer("btl_75cl", 300, "0", "600"));

    @Test
    void numbers_in_the_plural_are_how_many() {
        ChartSpec big = ask("marqueehires", "show me the hires with over 500 guests");
        assertThat(big.chartType()).isEqualTo("table");
        assertThat(big.filters()).anySatisfy(f -> assertThat(f.column()).isEqualTo("guest_numbers"));
        ChartSpec visitors = ask(SHOWS, "average visitor numbers by site");
        assertThat(visitors.y()).containsExactly("Visitor Numbers");
        assertThat(visitors.aggregation()).isEqualTo("mean");
    }

    @Test
    void rows_shown_with_their_only_measure_as_the_condition_are_listed() {
        assertThat(ask("guitarrepairs", "show jobs that took more than 5 hours on the bench")
                        .chartType())
                .isEqualTo("table");
    }

    @Test
    void a_value_said_apart_may_hold_another_columns_name() {
        ChartSpec weather = ask("claysessions", "how many sessions got cancelled cos of the weather");
        assertThat(weather.chartType()).isEqualTo("kpi");
        assertThat(weather.filters()).anySatisfy(f -> assertThat(f.value()).isEqualTo("Cancelled - Weather"));
        ChartSpec washes = ask(WASHES, "how many washes got cancelled because of the weather");
        assertThat(washes.chartType()).isEqualTo("kpi");
        assertThat(washes.filters()).anySatisfy(f -> assertThat(f.value()).isEqualTo("Cancelled - Weather"));
    }

    @Test
    void how_many_of_the_things_a_count_names_adds_it_up() {
        ChartSpec boxes = ask("paintballgames", "how many boxes of paintballs did we sell at games in 2024");
        assertThat(boxes.y()).containsExactly("Paintballs Sold (boxes)");
        assertThat(boxes.aggregation()).isEqualTo("sum");
        assertThat(ask("ginbatches", "how many 70cl bottles did we bottle in 2024")
                        .y())
                .containsExactly("btl_70cl");
        ChartSpec cider = ask(CIDER, "how many 75cl bottles did we fill in 2024");
        assertThat(cider.y()).containsExactly("btl_75cl");
        assertThat(cider.aggregation()).isEqualTo("sum");
        // Capitals before a number sign are a plural too: how many items, not which item of a ticket.
        assertThat(ask("drycleaning", "how many items of each garment type come in")
                        .y())
                .containsExactly("ITEMS #");
        ChartSpec items = ask(WASHES, "how many items per branch");
        assertThat(items.y()).containsExactly("ITEMS #");
        assertThat(items.aggregation()).isEqualTo("sum");
    }

    @Test
    void how_people_do_a_thing_is_the_share_of_each_way() {
        ChartSpec pay = ask("firewoodloads", "how do people pay us");
        assertThat(pay.chartType()).isEqualTo("pie");
        assertThat(pay.x()).isEqualTo("PAID_BY");
        ChartSpec clients = ask(WASHES, "how do customers pay");
        assertThat(clients.chartType()).isEqualTo("pie");
        assertThat(clients.x()).isEqualTo("PAY_METHOD");
    }

    @Test
    void two_measures_for_each_rows_own_id_are_a_scatter() {
        assertThat(ask("boardgamecafe", "food spend vs drinks spend for each booking")
                        .chartType())
                .isEqualTo("scatter");
        ChartSpec events = ask(SHOWS, "food spend vs drink spend for each event");
        assertThat(events.chartType()).isEqualTo("scatter");
        assertThat(events.x()).isNotEqualTo("Event Ref");
    }

    @Test
    void per_the_files_noun_groups_where_a_column_names_it() {
        ChartSpec rounds = ask("milkrounds", "pints delivered per round");
        assertThat(rounds.chartType()).isEqualTo("bar");
        assertThat(rounds.x()).isEqualTo("round_name");
    }
}
