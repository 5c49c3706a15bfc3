package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/** Rules drawn from rounds 137-140: statuses of the rows, line totals, final prices, money spent, dates of a job. */
class StatusesTotalsAndPricesTest {

    /** A spin studio's class bookings: a booking status and channel, in a file not named after bookings. */
    private static final DatasetSchema SPIN = Schemas.of(
            8000,
            Schemas.text("classId", 8000, "C1", "C2"),
            Schemas.date("classDate", "2024-01-01", "2024-12-31"),
            Schemas.category("dayOfWeek", "Mon", "Tue", "Wed"),
            Schemas.category("bookingStatus", "Confirmed", "Cancelled", "Waitlist"),
            Schemas.category("bookingChannel", "App", "Desk"),
            Schemas.money("pricePaid"));

    /** A fault desk's jobs: a status with Open among its values. */
    private static final DatasetSchema FAULTS = Schemas.of(
            3000,
            Schemas.text("Job Ref", 3000, "F1", "F2"),
            Schemas.category("Job Status", "Open", "Closed"),
            Schemas.category("Area", "North", "South"),
            Schemas.date("Reported", "2024-01-01", "2024-12-31"));

    /** A garden centre's till lines: net, VAT and the line's total, none with a currency in its name. */
    private static final DatasetSchema TILL = Schemas.of(
            40000,
            Schemas.text("RCPT_NO", 15000, "R1", "R2"),
            Schemas.category("DEPT", "Plants", "Tools", "Cafe"),
            Schemas.number("LINE_NET", "0.5", "900"),
            Schemas.number("VAT_AMT", "0.1", "180"),
            Schemas.number("LINE_TOT", "0.6", "1080"),
            Schemas.date("SALE_DT", "2024-01-01", "2024-12-31"));

    /** A roofer's quotes and jobs: the price quoted beside the final one, a cost of parts, two dates and a year. */
    private static final DatasetSchema ROOFS = Schemas.of(
            2500,
            Schemas.text("Quote No", 2500, "Q1", "Q2"),
            Schemas.date("Quote Date", "2022-01-01", "2024-12-31"),
            Schemas.date("Job Date", "2022-01-10", "2025-01-31"),
            Schemas.integer("Job Year", 4, "2022", "2025"),
            Schemas.category("Area", "Town", "Village"),
            Schemas.money("Quoted Price (£)"),
            Schemas.money("Final Price (£)"),
            Schemas.money("Parts Cost (£)"));

    /** A watch repairer's tickets: the date a watch came in beside the dates promised and collected. */
    private static final DatasetSchema WATCHES = Schemas.of(
            1200,
            Schemas.text("ticket", 1200, "W1", "W2"),
            Schemas.date("receivedDate", "2023-01-01", "2024-12-31"),
            Schemas.date("promisedDate", "2023-01-05", "2025-01-31"),
            Schemas.date("collectedDate", "2023-01-06", "2025-02-28"),
            Schemas.category("work", "Battery", "Service", "Strap"),
            Schemas.money("charge"));

    @Test
    void the_plural_of_a_thing_with_a_status_is_the_rows() {
        ChartSpec days = ask("saunasessions", "which day of the week gets the most bookings");
        assertThat(days.x()).isEqualTo("dayOfWeek");
        assertThat(days.series()).isNull();
        ChartSpec spin = ask(SPIN, "which day of the week gets the most bookings");
        assertThat(spin.x()).isEqualTo("dayOfWeek");
        assertThat(spin.series()).isNull();
        assertThat(ask(SPIN, "share of bookings by channel").series()).isNull();
        // With one of the status's values said, the plural is the status's own.
        assertThat(ask(FAULTS, "how many open jobs").filters())
                .anySatisfy(f -> assertThat(f.column()).isEqualTo("Job Status"));
    }

    @Test
    void a_line_total_is_money_without_a_currency() {
        assertThat(ask("fireworksales", "takings by season").y()).containsExactly("LINE_TOT");
        assertThat(ask(TILL, "takings by dept").y()).containsExactly("LINE_TOT");
    }

    @Test
    void of_several_prices_the_one_not_quoted_is_the_takings() {
        ChartSpec revenue = ask("drivewaywashes", "revenue by town");
        assertThat(revenue.y()).containsExactly("final_price_gbp");
        assertThat(revenue.aggregation()).isEqualTo("sum");
        assertThat(ask(ROOFS, "revenue by area").y()).containsExactly("Final Price (£)");
    }

    @Test
    void money_spent_on_things_is_their_cost() {
        ChartSpec spent = ask("drivewaywashes", "total spent on materials for jobs done jan-jun 2024");
        assertThat(spent.y()).containsExactly("materials_cost_gbp");
        // The plural of the thing a date is of, beside only that date's year, says which date the period is of.
        assertThat(spent.filters()).anySatisfy(f -> assertThat(f.column()).isEqualTo("job_date"));
        ChartSpec parts = ask(ROOFS, "total spent on parts for jobs done in 2024");
        assertThat(parts.y()).containsExactly("Parts Cost (£)");
        assertThat(parts.filters()).anySatisfy(f -> assertThat(f.column()).isEqualTo("Job Date"));
    }

    @Test
    void a_bare_received_date_dates_the_rows() {
        assertThat(ask("guitarrepairs", "jobs per month").x()).isEqualTo("receivedDate");
        assertThat(ask("guitarrepairs", "how many repairs came in during 2024").filters())
                .anySatisfy(f -> assertThat(f.column()).isEqualTo("receivedDate"));
        assertThat(ask(WATCHES, "tickets per month").x()).isEqualTo("receivedDate");
    }
}
