package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * Rules drawn from rounds 145-152: names written short, status values said as words, things of a file's own, what
 * splits a chart and a few follow-ups.
 */
class ShortNamesStatusValuesAndSplitsTest {

    /**
     * A ferry operator's sailings in ALL_CAPS abbreviations: the sailing's date, time, hour and year, a ticket number
     * beside the ticket's kind, a flag.
     */
    private static final DatasetSchema CROSSINGS = Schemas.of(
            8000,
            Schemas.text("XING_REF", 8000, "X1", "X2"),
            Schemas.date("SAIL_DT", "2023-01-01", "2024-12-31"),
            Schemas.category("SAIL_TM", "08:00", "10:30"),
            Schemas.integer("SAIL_HR", 16, "6", "21"),
            Schemas.integer("SAIL_YR", 2, "2023", "2024"),
            Schemas.text("TICKET_NO", 8000, "T1", "T2"),
            Schemas.category("VSSL_CD", "MV1", "MV2"),
            Schemas.category("TCKT_TYP", "SINGLE", "RETURN"),
            Schemas.category("DM_ON_DUTY", "A. Jones", "B. Smith"),
            Schemas.integer("PAX", 300, "0", "400"),
            new io.datasage.ai.schema.ColumnSchema(
                    "DLY_FLG", "boolean", null, 2, 0, java.util.List.of("0", "1"), null, null));

    /** A physio's appointments: the patient's own columns beside who referred them, one value of which is the patient. */
    private static final DatasetSchema PHYSIO = Schemas.of(
            3000,
            Schemas.text("appt_id", 3000, "A1", "A2"),
            Schemas.date("appt_date", "2023-01-01", "2024-12-31"),
            Schemas.category("patient_id", "P01", "P02"),
            Schemas.category("patient_name", "Ann B", "Carl D"),
            Schemas.integer("patient_age", 70, "12", "90"),
            Schemas.number("fee_gbp", "30", "90"),
            Schemas.integer("session_mins", 3, "30", "60"),
            Schemas.category(
                    "status",
                    "Attended",
                    "DNA",
                    "Cancelled - Patient",
                    "Cancelled - Clinic",
                    "Transfer - Clinic",
                    "Transfer - Online"),
            Schemas.category("referred_by", "Patient", "GP"),
            Schemas.category("paid_by", "Card", "Cash", "Insurer"));

    /** A pizza shop's orders: delivered or collected, a delivery time, a day of the week. */
    private static final DatasetSchema PIZZAS = Schemas.of(
            20000,
            Schemas.text("orderRef", 20000, "O1", "O2"),
            Schemas.datetime("orderedAt", "2023-01-01T11:00:00", "2024-12-31T23:00:00"),
            Schemas.datetime("deliveredAt", "2023-01-01T11:30:00", "2024-12-31T23:50:00"),
            Schemas.category("service", "Delivery", "Collection"),
            Schemas.category("dayName", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
            Schemas.category("shift", "Lunch", "Evening"),
            Schemas.money("orderTotal"),
            Schemas.integer("deliveryMins", 90, "10", "120"),
            Schemas.flag("hasDessert"),
            new io.datasage.ai.schema.ColumnSchema(
                    "given_to_charity", "boolean", null, 2, 0, java.util.List.of("Y", "N"), null, null),
            Schemas.category("courier", "Van", "Bike"));

    @Test
    void names_written_short_are_read_as_their_words() {
        ChartSpec incidents = ask("slipwaylaunches", "incidents by tide state");
        assertThat(incidents.filters()).anySatisfy(f -> assertThat(f.column()).isEqualTo("INCDNT_FLG"));
        ChartSpec delayed = ask(CROSSINGS, "delays by vessel");
        assertThat(delayed.x()).isEqualTo("VSSL_CD");
        assertThat(ask(CROSSINGS, "sailings by ticket type").series()).isNull();
        assertThat(ask(CROSSINGS, "sailings by ticket type").x()).isEqualTo("TCKT_TYP");
        assertThat(ask(CROSSINGS, "how many sailings has each duty manager done")
                        .x())
                .isEqualTo("DM_ON_DUTY");
        assertThat(ask("slipwaylaunches", "launches by hour of the day").filters())
                .isNullOrEmpty();
    }

    @Test
    void a_plural_abbreviating_a_thing_with_a_date_and_its_time_parts_is_the_rows() {
        ChartSpec crossings = ask(CROSSINGS, "grouped bar: sailings by vessel and ticket type");
        assertThat(crossings.y()).isNullOrEmpty();
        assertThat(crossings.aggregation()).isEqualTo("count");
        ChartSpec launches = ask("slipwaylaunches", "how many launches has each harbour master signed off");
        assertThat(launches.x()).isEqualTo("HM_ON_DUTY");
        assertThat(launches.aggregation()).isEqualTo("count");
    }

    @Test
    void a_value_that_is_a_things_word_is_that_thing_unless_its_column_is_named() {
        assertThat(ask("pianolessons", "top 5 pupils by number of lessons").x()).isEqualTo("pupil_name");
        assertThat(ask(PHYSIO, "fees from each patient").x()).isEqualTo("patient_name");
        assertThat(ask(PHYSIO, "age spread of my patients").filters()).isNullOrEmpty();
        assertThat(ask(PHYSIO, "appointments referred by the patient").filters())
                .anySatisfy(f -> assertThat(f.value()).isEqualTo("Patient"));
    }

    @Test
    void a_no_show_is_the_status_that_says_nobody_came() {
        assertThat(ask("pianolessons", "how many no-shows have there been").filters())
                .anySatisfy(f -> assertThat(f.value()).isEqualTo("Pupil - No Show"));
        assertThat(ask(PHYSIO, "how many no-shows in 2024").filters())
                .anySatisfy(f -> assertThat(f.value()).isEqualTo("DNA"));
        ChartSpec cancelled = ask(PHYSIO, "cancellations by patient name");
        assertThat(cancelled.filters()).anySatisfy(f -> assertThat(f.column()).isEqualTo("status"));
    }

    @Test
    void a_number_and_a_unit_of_time_before_a_thing_is_its_set_length() {
        assertThat(ask("pianolessons", "average fee for a 30 min lesson").filters())
                .anySatisfy(f -> assertThat(f.column()).isEqualTo("lesson_length_mins"));
        assertThat(ask(PHYSIO, "average fee for a 45 minute session").filters())
                .anySatisfy(f -> assertThat(f.column()).isEqualTo("session_mins"));
        assertThat(ask(PHYSIO, "income per month").y()).containsExactly("fee_gbp");
    }

    @Test
    void a_clause_after_whether_or_a_value_set_against_another_splits_the_chart() {
        assertThat(ask("logcabins", "review stars vs rate per night, colour by whether theres a hot tub")
                        .series())
                .isEqualTo("Hot Tub?");
        assertThat(ask(PIZZAS, "order total vs delivery mins, colour by whether there was a dessert")
                        .series())
                .isEqualTo("hasDessert");
        assertThat(ask(PIZZAS, "order totals by courier, stacked by whether it went to charity or not")
                        .series())
                .isEqualTo("given_to_charity");
        ChartSpec pie = ask(PIZZAS, "pie of delivery vs collection orders");
        assertThat(pie.x()).isEqualTo("service");
        assertThat(ask(PIZZAS, "orders by courier stacked by delivery/collection")
                        .series())
                .isEqualTo("service");
        assertThat(ask(PIZZAS, "total order value by courier", "only deliveries")
                        .filters())
                .anySatisfy(f -> assertThat(f.value()).isEqualTo("Delivery"));
    }

    @Test
    void bars_by_day_beside_a_day_of_the_week_are_the_days_of_the_week() {
        assertThat(ask(PIZZAS, "stacked bar of order totals by day and shift").x())
                .isEqualTo("dayName");
        assertThat(ask(PIZZAS, "heatmap of orders by weekday and shift").x()).isIn("dayName", "shift");
        assertThat(ask(PIZZAS, "heatmap of orders by weekday and shift").filters())
                .isNullOrEmpty();
        assertThat(ask(PIZZAS, "share of lines by courier").chartType()).isEqualTo("pie");
    }

    /** A garden centre's tills: a total beside the money spent on two kinds of thing. */
    private static final DatasetSchema TILLS = Schemas.of(
            9000,
            Schemas.text("receipt", 9000, "R1", "R2"),
            Schemas.date("sale_date", "2024-01-01", "2024-12-31"),
            Schemas.category("till", "Main", "Cafe"),
            Schemas.money("Plants ($)"),
            Schemas.money("Cafe Spend ($)"),
            Schemas.money("Total ($)"));

    @Test
    void total_before_spent_on_is_the_sum_and_a_spend_noun_after_money_says_what_it_is() {
        ChartSpec drugs = ask("mobilevet", "total spent on drugs for cats");
        assertThat(drugs.y()).containsExactly("Drugs (£)");
        assertThat(drugs.chartType()).isEqualTo("kpi");
        assertThat(ask(TILLS, "total spent on plants by till").y()).containsExactly("Plants ($)");
        assertThat(ask("eyetests", "spectacle sales trend by quarter").y()).containsExactly("specs_total_gbp");
    }

    @Test
    void the_plural_of_values_first_word_stands_for_them() {
        assertThat(ask("bookbinding", "average labour £ per job on the repairs").filters())
                .anySatisfy(f -> assertThat(f.column()).isEqualTo("Binding Type"));
        ChartSpec cancellations = ask(PHYSIO, "transfers per month");
        assertThat(cancellations.filters()).anySatisfy(f -> assertThat(f.op()).isEqualTo("in"));
        assertThat(ask("cricketnets", "balls lost per lane").x()).isEqualTo("lane_no");
        assertThat(ask("chipshoplines", "takings by category").y()).containsExactly("LINE_GRS");
    }
}
