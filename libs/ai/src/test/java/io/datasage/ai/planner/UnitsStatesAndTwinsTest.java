package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 65 and 66 of the held-out questions called for (units of a quantity, states of money, a code's
 * readable twin by its initials, a flag named with its sides, words only like a name, the time of an activity against
 * a name said whole), each checked on at least two datasets where the data has a second case.
 */
class UnitsStatesAndTwinsTest {

    @Test
    void the_time_of_an_activity_is_its_own_measure_unless_a_name_is_said_whole() {
        ChartSpec wait = ask("patientmoves", "box plot of wait times for each provider");
        assertThat(wait.y()).containsExactly("WAIT_MINS");
        // SLOT_TIME said whole stays SLOT_TIME beside SLOT_MINS.
        assertThat(ask("cremations", "heatmap of bookings chapel vs slot time").series())
                .isEqualTo("SLOT_TIME");
    }

    @Test
    void a_flag_named_with_its_sides_splits_by_them() {
        ChartSpec webcast = ask("cremations", "webcast y/n per service type, stacked");
        assertThat(webcast.chartType()).isEqualTo("stacked_bar");
        assertThat(webcast.series()).isEqualTo("WEBCAST_YN");
        ChartSpec onTime = ask("patientmoves", "stacked bar of on time Y/N per provider");
        assertThat(onTime.chartType()).isEqualTo("stacked_bar");
        assertThat(onTime.series()).isEqualTo("ON_TIME_YN");
    }

    @Test
    void most_and_a_participle_rank_the_things_by_count() {
        ChartSpec titles = ask("ebookloans", "top 10 most borowed titles");
        assertThat(titles.chartType()).isEqualTo("bar");
        assertThat(titles.x()).isEqualTo("Title");
        assertThat(titles.limit()).isEqualTo(10);
        assertThat(ask("hearingfits", "most fitted styles").x()).isEqualTo("Style");
    }

    @Test
    void things_described_by_a_flag_are_counted_by_their_id_when_it_repeats_much() {
        ChartSpec children = ask("nurseryregister", "how many SEND children do we have");
        assertThat(children.y()).containsExactly("Child ID");
        assertThat(children.aggregation()).isEqualTo("count_distinct");
        // A track only sometimes repeats: the rows, filtered.
        assertThat(ask("tracks", "how many explicit tracks").y()).isNullOrEmpty();
    }

    @Test
    void units_the_rows_are_counted_in_are_the_quantity() {
        ChartSpec kwh = ask("motorwaytills", "EV charging kWh per month");
        assertThat(kwh.y()).containsExactly("Qty");
        assertThat(kwh.filters()).extracting(ChartSpec.Filter::column).containsExactly("Dept");
        ChartSpec litres = ask("motorwaytills", "how many litres of diesel sold in total");
        assertThat(litres.chartType()).isEqualTo("kpi");
        assertThat(litres.y()).containsExactly("Qty");
    }

    @Test
    void the_value_of_a_row_is_its_money_and_income_without_pay_is_sales() {
        assertThat(ask("phonerepairs", "avg ticket value for each payment method")
                        .y())
                .containsExactly("Invoice Total (£)");
        assertThat(ask("cremations", "income by service type").y()).containsExactly("TOTAL_INVOICE_GBP");
        // A verb of paying is no income.
        assertThat(ask("supplierpayments", "how many distinct suppliers did Adult Social Care pay")
                        .y())
                .containsExactly("Supplier Name");
    }

    @Test
    void a_state_of_money_after_the_money_keeps_every_row() {
        ChartSpec fees = ask("lockerevents", "total storage fees collected");
        assertThat(fees.chartType()).isEqualTo("kpi");
        assertThat(fees.filters()).isNullOrEmpty();
    }

    @Test
    void a_codes_readable_twin_may_be_named_by_its_initials() {
        assertThat(ask("cremations", "non-resident bookings by FD").x()).isEqualTo("FUNERAL_DIRECTOR");
    }

    @Test
    void words_only_like_a_name_or_beginning_the_grouping_describe_it() {
        ChartSpec tickets = ask("grapeweighins", "how many weighbridge tickets in 2023");
        assertThat(tickets.chartType()).isEqualTo("kpi");
        assertThat(tickets.y()).containsExactly("Ticket No");
        ChartSpec network = ask("motorwaytills", "fuel card sales per network");
        assertThat(network.x()).isEqualTo("fuel_card_ntwk");
        assertThat(network.filters()).isNullOrEmpty();
    }

    @Test
    void values_rows_and_charts_asked_in_passing() {
        assertThat(ask("patientmoves", "how many journeys were cancelled by the patient")
                        .filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Cancelled - Patient");
        assertThat(ask("nurseryregister", "heatmap of bookings by site and room")
                        .y())
                .isNullOrEmpty();
        assertThat(ask("patientmoves", "list journeys where the wait was over 120 mins")
                        .chartType())
                .isEqualTo("table");
        assertThat(ask("motorwaytills", "sales by hour of day", "show as a line")
                        .chartType())
                .isEqualTo("line");
    }
}
