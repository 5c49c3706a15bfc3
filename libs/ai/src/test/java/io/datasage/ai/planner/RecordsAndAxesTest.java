package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 21 and 22 of the held-out questions called for (what each row records named by its attribute
 * columns, averages of the rows, minutes after a number, "x:" axes, hour-of-day bars, the noun after kept values,
 * grains and yes/no words before plurals, distinct counts that cannot be, unnamed people, the event's timestamp,
 * quoted chart texts, near-names beside a grouping), each checked on other questions than the held-out files', on a
 * held-out dataset and on a schema built here.
 */
class RecordsAndAxesTest {

    private static final Map<String, DatasetSchema> DATASETS = PlannerCases.datasets();

    /** Membership renewals: Renewal Date, Renewal Type and Renewal Mo describe each renewal (no id says so). */
    private static final DatasetSchema RENEWALS = Schemas.of(
            6000,
            Schemas.text("Member ID", 900, "M-1", "M-2"),
            Schemas.date("Renewal Date", "2022-01-01", "2024-12-31"),
            Schemas.category("Renewal Type", "Auto", "Manual", "Upgrade"),
            Schemas.integer("Renewal Mo", 12, "1", "12"),
            Schemas.category("Plan", "Member", "Guest", "Family"),
            Schemas.category("Vehicle Type", "Car", "Van", "Bike"),
            Schemas.money("Amount"),
            Schemas.number("Talk Time (min)", "0", "90"),
            Schemas.integer("Call Hour", 24, "0", "23"),
            new ColumnSchema("Refunded", "boolean", null, 2, 0, List.of("false", "true"), null, null));

    @Test
    void a_word_heading_several_attribute_columns_names_the_rows() {
        ChartSpec gifts = ask("donations", "number of gifts by channel");
        assertThat(PlannerCases.columnsUsed(gifts)).containsExactly("Channel");
        assertThat(gifts.aggregation()).isEqualTo("count");
        ChartSpec renewals = ask(RENEWALS, "how many renewals each month");
        assertThat(renewals.x()).isEqualTo("Renewal Date");
        assertThat(PlannerCases.columnsUsed(renewals)).containsExactly("Renewal Date");
        // The attribute itself is still there when it is named.
        assertThat(ask(RENEWALS, "renewals by renewal type").x()).isEqualTo("Renewal Type");
    }

    @Test
    void the_semantic_matcher_is_not_asked_about_words_naming_the_rows() {
        // On the running stack the embeddings put "gift size" closest to Gift Mo; the rows' word is not sent.
        List<String> asked = new java.util.ArrayList<>();
        SemanticColumnMatcher matcher = (phrase, schema) -> {
            asked.add(phrase);
            return List.of(new ColumnMatch(schema.name().equals("renewals") ? "Renewal Mo" : "Gift Mo", 0.9));
        };
        OfflinePlanner semantic = new OfflinePlanner(matcher);
        ChartSpec gifts = semantic.plan("avg gift size by donor type", DATASETS.get("donations"), null)
                .spec();
        assertThat(gifts.y()).containsExactly("Amount (USD)");
        DatasetSchema renewals = new DatasetSchema("renewals", RENEWALS.rowCount(), RENEWALS.columns());
        assertThat(semantic.plan("average renewal size by plan", renewals, null)
                        .spec()
                        .y())
                .containsExactly("Amount");
        assertThat(asked).noneMatch(p -> p.startsWith("gift") || p.startsWith("renewal"));
    }

    @Test
    void an_average_of_the_rows_is_of_their_main_measure() {
        ChartSpec gift = ask("donations", "median gift by fund");
        assertThat(gift.y()).containsExactly("Amount (USD)");
        assertThat(gift.aggregation()).isEqualTo("median");
        ChartSpec renewal = ask(RENEWALS, "avg renewal by plan");
        assertThat(renewal.y()).containsExactly("Amount");
        assertThat(renewal.aggregation()).isEqualTo("mean");
    }

    @Test
    void money_raised_is_an_amount() {
        assertThat(ask("donations", "money raised per fund").y()).containsExactly("Amount (USD)");
        assertThat(ask(RENEWALS, "total raised by plan").y()).containsExactly("Amount");
    }

    @Test
    void min_after_a_number_is_minutes_and_named_rows_ranked_are_counted() {
        ChartSpec sessions = ask("charging", "sessions over 120 mins by city, top 3");
        assertThat(sessions.aggregation()).isEqualTo("count");
        assertThat(sessions.filters()).anyMatch(f -> f.column().equals("Duration (min)") && ">".equals(f.op()));
        ChartSpec calls = ask(RENEWALS, "renewals with talk time over 30 min by plan");
        assertThat(calls.aggregation()).isEqualTo("count");
        assertThat(calls.filters()).anyMatch(f -> f.column().equals("Talk Time (min)"));
    }

    @Test
    void x_and_y_with_a_colon_are_axes_and_a_count_stays_a_count() {
        ChartSpec ports = ask("charging", "x: connector, y: number of sessions");
        assertThat(ports.x()).isEqualTo("Connector");
        assertThat(ports.aggregation()).isEqualTo("count");
        ChartSpec byHour = ask(RENEWALS, "x: call hour, y: count");
        assertThat(byHour.chartType()).isEqualTo("bar");
        assertThat(byHour.x()).isEqualTo("Call Hour");
        assertThat(byHour.y()).isNull();
        assertThat(byHour.aggregation()).isEqualTo("count");
    }

    @Test
    void a_bar_chart_by_the_hour_of_day_has_a_bar_per_hour() {
        ChartSpec requests = ask("servicerequests", "bar chart of requests by created hr");
        assertThat(requests.chartType()).isEqualTo("bar");
        assertThat(requests.x()).isEqualTo("Created Hr");
        assertThat(ask(RENEWALS, "bar chart of renewals by call hour").chartType())
                .isEqualTo("bar");
    }

    @Test
    void the_noun_after_kept_values_names_them() {
        ChartSpec channels = ask("donations", "total raised by fund", "just the Online and Mail channels");
        assertThat(channels.x()).isEqualTo("Fund");
        assertThat(channels.filters()).anyMatch(f -> f.column().equals("Channel") && "in".equals(f.op()));
        ChartSpec fleet = ask("charging", "energy distribution for fleet vehicles");
        assertThat(fleet.chartType()).isEqualTo("histogram");
        assertThat(PlannerCases.columnsUsed(fleet)).doesNotContain("Vehicle Make");
        ChartSpec guests = ask(RENEWALS, "amount distribution for guest vehicles");
        assertThat(guests.chartType()).isEqualTo("histogram");
        assertThat(PlannerCases.columnsUsed(guests)).containsExactlyInAnyOrder("Amount", "Plan");
    }

    @Test
    void side_by_side_over_dates_is_bars_and_a_named_grain_is_the_grain() {
        assertThat(ask("servicerequests", "monthly requests by borough, side by side")
                        .chartType())
                .isEqualTo("grouped_bar");
        assertThat(ask(RENEWALS, "yearly renewals by plan side by side").chartType())
                .isEqualTo("grouped_bar");
        assertThat(ask("servicerequests", "weekly requests", "change the grain to month")
                        .timeGrain())
                .isEqualTo("month");
        assertThat(ask(RENEWALS, "monthly amount", "set the granularity to week")
                        .timeGrain())
                .isEqualTo("week");
    }

    @Test
    void a_yes_no_word_before_a_plural_keeps_those_rows() {
        ChartSpec reopened = ask("servicerequests", "reopened requests by borough");
        assertThat(reopened.aggregation()).isEqualTo("count");
        assertThat(reopened.filters()).anyMatch(f -> f.column().equals("Reopened") && Boolean.TRUE.equals(f.value()));
        ChartSpec refunded = ask(RENEWALS, "refunded renewals by plan");
        assertThat(refunded.aggregation()).isEqualTo("count");
        assertThat(refunded.filters()).anyMatch(f -> f.column().equals("Refunded"));
    }

    @Test
    void a_distinct_count_of_a_column_kept_at_one_value_counts_the_rows() {
        for (var table : List.of(Map.entry(DATASETS.get("charging"), "Ended By"), Map.entry(RENEWALS, "Plan"))) {
            Draft d = new Draft();
            d.type = "kpi";
            d.aggregation = "count_distinct";
            d.y.add(SchemaIndex.of(table.getKey()).column(table.getValue()));
            d.filters.add(new ChartSpec.Filter(table.getValue(), "=", "Guest"));
            assertThat(d.repair()).isTrue();
            assertThat(d.aggregation)
                    .as("always one distinct value: the rows are counted")
                    .isEqualTo("count");
            assertThat(d.y).isEmpty();
        }
    }

    @Test
    void a_quoted_text_for_an_axis_or_a_title_is_no_filter() {
        ChartSpec renamed =
                ask("satisfaction", "average seat comfort by class", "rename the x axis to 'Cabin' and make it red");
        assertThat(renamed.filters()).isNull();
        assertThat(renamed.x()).isEqualTo("class");
        DatasetSchema films = Schemas.of(
                800,
                Schemas.text("Film Title", 790, "Up", "Heat"),
                Schemas.category("Genre", "Drama", "Comedy"),
                Schemas.money("Box Office"));
        ChartSpec titled = ask(films, "box office by genre", "add the title 'Genres compared' and make the bars blue");
        assertThat(titled.filters()).isNull();
        // A quoted name in a question about the data is still a filter.
        assertThat(ask(films, "box office of movies with title 'Up'").filters())
                .anyMatch(f -> f.column().equals("Film Title"));
    }

    @Test
    void a_word_only_like_a_category_beside_a_stated_grouping_adds_no_series() {
        ChartSpec odometer = ask("maintenance", "avg labor hours at service by depot");
        assertThat(odometer.series()).isNull();
        assertThat(odometer.x()).isEqualTo("DEPOT");
        DatasetSchema repairs = Schemas.of(
                3000,
                Schemas.category("SVC_CAT", "Brakes", "Tyres", "Engine"),
                Schemas.category("Garage", "North", "South"),
                Schemas.number("Labour Hrs", "0", "40"));
        ChartSpec hours = ask(repairs, "average labour hrs at service by garage");
        assertThat(hours.series()).isNull();
        assertThat(hours.x()).isEqualTo("Garage");
    }

    @Test
    void the_opposite_of_a_yes_no_name_keeps_the_rows_where_it_is_false() {
        ChartSpec open = ask("defects", "how many defects are still open by plant");
        assertThat(open.filters()).anyMatch(f -> f.column().equals("Closed") && Boolean.FALSE.equals(f.value()));
        DatasetSchema accounts = Schemas.of(
                2000, Schemas.category("Region", "North", "South"), Schemas.flag("Active"), Schemas.money("Balance"));
        assertThat(ask(accounts, "total balance of inactive accounts by region").filters())
                .anyMatch(f -> f.column().equals("Active") && Boolean.FALSE.equals(f.value()));
    }

    @Test
    void the_last_word_of_one_value_before_a_plural_names_it() {
        ChartSpec unhappy = ask("satisfaction", "average flight distance of dissatisfied travellers by class");
        assertThat(unhappy.filters())
                .anyMatch(f -> f.column().equals("satisfaction") && "neutral or dissatisfied".equals(f.value()));
        DatasetSchema trials = Schemas.of(
                1500,
                Schemas.category("Outcome", "Fully Recovered", "Not Recovered", "Partially Improved"),
                Schemas.category("Arm", "Placebo", "Drug"),
                Schemas.integer("Age", 60, "18", "90"));
        assertThat(ask(trials, "median age of improved patients by arm").filters())
                .anyMatch(f -> f.column().equals("Outcome") && "Partially Improved".equals(f.value()));
    }

    @Test
    void a_code_named_whole_is_grouped_by_itself_and_the_thing_by_its_name() {
        assertThat(ask("coffee", "transactions by store id").x()).isEqualTo("store_id");
        assertThat(ask("coffee", "transactions by store").x()).isEqualTo("store_location");
        DatasetSchema modules = Schemas.of(
                9000,
                Schemas.text("Module Code", 120, "CS101", "MA201"),
                Schemas.text("Module Title", 120, "Programming", "Calculus"),
                Schemas.category("Term", "Fall", "Spring"));
        assertThat(ask(modules, "top 5 module codes by number of registrations").x())
                .isEqualTo("Module Code");
        assertThat(ask(modules, "top 5 modules by number of registrations").x()).isEqualTo("Module Title");
    }

    /** Card payments: a state column holding TX, a per-row id, a repeating customer id, a yes/no with a two-word name. */
    private static final DatasetSchema PAYMENTS = Schemas.of(
            50_000,
            Schemas.text("Payment Ref", 50_000, "P-1", "P-2"),
            Schemas.text("Customer Ref", 4000, "C-1", "C-2"),
            Schemas.category("State", "TX", "CA", "NY", "FL"),
            Schemas.category("Tier", "Gold", "Silver"),
            Schemas.integer("Stars", 5, "1", "5"),
            new ColumnSchema("Late Fee", "boolean", null, 2, 0, List.of("false", "true"), null, null),
            new ColumnSchema("Sign-in Channel", "category", null, 3, 0, List.of("App", "Web", "Branch"), null, null),
            Schemas.money("Amount"));

    @Test
    void an_abbreviation_in_a_question_is_no_value_written_the_same() {
        assertThat(PlannerCases.columnsUsed(ask("cardspend", "number of txns per channel")))
                .doesNotContain("MERCHANT_STATE");
        assertThat(ask(PAYMENTS, "total amount of txns by tier").filters()).isNull();
        // The value typed as written is still found.
        assertThat(ask(PAYMENTS, "total amount in TX").filters()).anyMatch(f -> "TX".equals(f.value()));
    }

    @Test
    void a_yes_no_name_in_the_plural_keeps_the_rows_where_it_holds() {
        ChartSpec shortPicks = ask("picking", "short picks by warehouse");
        assertThat(shortPicks.aggregation()).isEqualTo("count");
        assertThat(shortPicks.filters()).anyMatch(f -> f.column().equals("short_pick"));
        ChartSpec lateFees = ask(PAYMENTS, "late fees by tier");
        assertThat(lateFees.aggregation()).isEqualTo("count");
        assertThat(lateFees.filters()).anyMatch(f -> f.column().equals("Late Fee"));
    }

    @Test
    void how_many_got_each_value_of_a_scale_is_bars_and_hyphenated_names_are_one_word() {
        assertThat(ask("listings", "review breakdown - how many listings got each cleanliness score")
                        .chartType())
                .isEqualTo("bar");
        assertThat(ask(PAYMENTS, "star breakdown: how many payments got each stars value")
                        .chartType())
                .isEqualTo("bar");
        assertThat(ask("gym", "check-ins by club").x()).isEqualTo("homeClub");
        assertThat(PlannerCases.columnsUsed(ask(PAYMENTS, "payments by sign-in channel")))
                .containsExactly("Sign-in Channel");
    }

    @Test
    void the_rows_named_first_are_counted_not_the_people_after_them() {
        ChartSpec gym = ask("gym", "how many check-ins came from members on the Premium tier");
        assertThat(gym.aggregation()).isEqualTo("count");
        ChartSpec gold = ask(PAYMENTS, "payments by state for gold customers");
        assertThat(gold.aggregation()).isEqualTo("count");
        // Asked for, the people are still counted one each.
        assertThat(ask(PAYMENTS, "unique customers by state").aggregation()).isEqualTo("count_distinct");
    }

    @Test
    void unique_people_no_column_names_are_the_id_that_repeats() {
        ChartSpec drivers = ask("charging", "how many unique motorists charged in Seattle");
        assertThat(drivers.aggregation()).isEqualTo("count_distinct");
        assertThat(drivers.y()).containsExactly("User ID");
        ChartSpec members = ask(RENEWALS, "number of unique subscribers on the family plan");
        assertThat(members.aggregation()).isEqualTo("count_distinct");
        assertThat(members.y()).containsExactly("Member ID");
    }

    @Test
    void the_events_timestamp_is_the_time_axis_and_rx_means_prescription() {
        assertThat(ask("pharmacy", "monthly total cost").x()).isEqualTo("dispensed_at");
        ChartSpec rx = ask("pharmacy", "number of prescriptions by payer type");
        assertThat(PlannerCases.columnsUsed(rx)).containsExactly("payer_type");
        DatasetSchema fills = Schemas.of(
                4000,
                Schemas.date("written_date", "2023-01-01", "2024-12-31"),
                new ColumnSchema(
                        "filled_at", "datetime", null, 3900, 0, null, "2023-01-02T08:00:00", "2024-12-31T20:00:00"),
                Schemas.category("store", "North", "South"),
                Schemas.money("cost"));
        assertThat(ask(fills, "weekly cost").x()).isEqualTo("filled_at");
    }
}
