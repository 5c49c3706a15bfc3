package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/** The takings among several money columns, and names said the other way round (rounds 129-132). */
class TakingsAndTurnedNamesTest {

    /** A florist's web orders: the basket's value, then delivery and the order's whole total. */
    private static final DatasetSchema FLOWERS = Schemas.of(
            9000,
            Schemas.text("orderRef", 9000, "F1", "F2"),
            Schemas.date("orderDate", "2024-01-01", "2024-12-31"),
            Schemas.category("bouquet", "Roses", "Tulips", "Mixed"),
            Schemas.number("basketValue", "10", "400"),
            Schemas.number("deliveryCharge", "0", "15"),
            Schemas.number("orderTotal", "10", "415"),
            Schemas.category("status", "Delivered", "Refunded"));

    /** A crane hire firm's jobs: hours on site, days on hire, a status with "On Hire". */
    private static final DatasetSchema CRANES = Schemas.of(
            2500,
            Schemas.text("JOB_NO", 2500, "J1", "J2"),
            Schemas.category("CRANE_CLASS", "Mobile", "Tower", "Crawler"),
            Schemas.number("SITE_HRS", "1", "90"),
            Schemas.integer("HIRE_DAYS", 60, "1", "60"),
            Schemas.category("STATUS", "On Hire", "Off Hire", "Cancelled"),
            Schemas.money("INV_NET"));

    /** A swimming club's subscriptions: what is due and what came in. */
    private static final DatasetSchema SWIM = Schemas.of(
            1200,
            Schemas.text("member_no", 1200, "S1", "S2"),
            Schemas.category("squad", "Junior", "Masters", "Elite"),
            Schemas.money("subs_due"),
            Schemas.money("amount_paid"));

    @Test
    void the_total_named_after_the_rows_is_the_takings() {
        ChartSpec takings = ask("hamperorders", "share of takings, corporate vs non corporate");
        assertThat(takings.y()).containsExactly("orderTotal");
        assertThat(ask(FLOWERS, "takings by bouquet").y()).containsExactly("orderTotal");
        assertThat(ask(FLOWERS, "revenue per month").y()).containsExactly("orderTotal");
        // Named, the basket's value is still itself.
        assertThat(ask(FLOWERS, "avg basket value by bouquet").y()).containsExactly("basketValue");
    }

    @Test
    void a_sum_of_money_on_the_rows_compares_the_takings() {
        ChartSpec big = ask("hamperorders", "show me orders over £5000 that were delivered late");
        assertThat(big.filters()).extracting(f -> f.column()).contains("orderTotal");
        ChartSpec flowers = ask(FLOWERS, "list orders over £300");
        assertThat(flowers.filters()).extracting(f -> f.column()).containsExactly("orderTotal");
    }

    @Test
    void a_measure_said_last_word_first_is_that_measure() {
        ChartSpec weeks = ask("scaffoldhires", "distribution of weeks on hire");
        assertThat(weeks.chartType()).isEqualTo("histogram");
        assertThat(weeks.x()).isEqualTo("HIRE_WKS");
        assertThat(weeks.filters()).isNull();
        ChartSpec hours = ask(CRANES, "average hours on site by crane class");
        assertThat(hours.y()).containsExactly("SITE_HRS");
        assertThat(hours.filters()).isNull();
        ChartSpec days = ask(CRANES, "avg days on hire per crane class");
        assertThat(days.y()).containsExactly("HIRE_DAYS");
        // The status is still a value where no measure is said.
        assertThat(ask(CRANES, "how many cranes are on hire").filters())
                .extracting(f -> f.column())
                .containsExactly("STATUS");
    }

    @Test
    void how_much_was_collected_is_the_money_paid() {
        assertThat(ask("choirsubs", "how much have we collected from concession members")
                        .y())
                .containsExactly("amount_paid");
        assertThat(ask(SWIM, "how much have we collected from the masters squad")
                        .y())
                .containsExactly("amount_paid");
    }
}
