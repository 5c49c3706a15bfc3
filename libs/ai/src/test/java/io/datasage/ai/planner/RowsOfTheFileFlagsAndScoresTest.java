package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import org.junit.jupiter.api.Test;

/**
 * The second half of the rules rounds 81-84 called for, checked on older rounds' files too: the rows named by the
 * file's own name, flags said whole or by their holders, scores and set values compared with a number, groupings
 * qualified or only the subject, and what a question without a measure ranks by.
 */
class RowsOfTheFileFlagsAndScoresTest {

    @Test
    void per_the_noun_the_files_name_ends_with_is_per_row() {
        ChartSpec shift = ask("forkliftshifts", "overall average key on hours per shift");
        assertThat(shift.chartType()).isEqualTo("kpi");
        assertThat(shift.y()).containsExactly("KEY_ON_HRS");
        ChartSpec laneHour = ask("securitylanes", "bottom 3 supervisors by average passengers screened per lane hour");
        assertThat(laneHour.x()).isEqualTo("Supervisor");
        assertThat(laneHour.y()).containsExactly("pax_screened");
        // A name column each row reads stays a grouping ("data points per metric" beside Metric Name).
        assertThat(ask("esgmetrics", "number of data points per metric").x()).isEqualTo("Metric Name");
    }

    @Test
    void the_files_plural_read_as_a_date_is_the_rows_and_out_of_is_a_scale() {
        ChartSpec hires = ask("canalhires", "stacked bar of hires per base split by boat class");
        assertThat(hires.x()).isEqualTo("Base");
        assertThat(hires.series()).isEqualTo("Boat Class");
        ChartSpec rating = ask("canalhires", "avg customer rating out of 10 for each base");
        assertThat(rating.y()).containsExactly("Rating /10");
        assertThat(rating.filters()).isNullOrEmpty();
    }

    @Test
    void a_participle_before_a_period_is_its_date_and_a_filtered_date_is_the_axis() {
        ChartSpec registered = ask("funrunentries", "entries registered during 2024, by event");
        assertThat(registered.filters()).extracting(Filter::column).containsExactly("Registration Date");
        ChartSpec delivered = ask("bakerylines", "daily qty of the 800g sourdough delivered in may 2025");
        assertThat(delivered.x()).isEqualTo("DeliveryDate");
    }

    @Test
    void lines_counted_whether_and_holders_of_flags() {
        ChartSpec lines =
                ask("farmshoplines", "number of lines per payment type, loyalty members vs non-members side by side");
        assertThat(lines.chartType()).isEqualTo("grouped_bar");
        ChartSpec whether =
                ask("pcnfines", "stacked bar of tickets per ward, stacked by whether a challenge was received");
        assertThat(whether.series()).isEqualTo("CHALLENGE_RECEIVED");
        assertThat(whether.aggregation()).isEqualTo("count");
        for (String[] c : new String[][] {
            {"farmshoplines", "total quantity of items bought by loyalty card holders", "LoyaltyMember"},
            {"booktills", "items sold to loyalty card holders", "Loyalty Y/N"}
        }) {
            ChartSpec holders = ask(c[0], c[1]);
            assertThat(holders.chartType()).isEqualTo("kpi");
            assertThat(holders.filters()).extracting(Filter::column).containsExactly(c[2]);
        }
    }

    @Test
    void a_pie_asked_alone_shapes_the_next_question() {
        assertThat(PlannerCases.ask("examentries", "pie chart", "entries by board")
                        .chartType())
                .isEqualTo("pie");
        // Without the bare pie first, the same question is a bar.
        assertThat(ask("examentries", "entries by board").chartType()).isEqualTo("bar");
    }

    @Test
    void hour_of_day_queue_wait_and_monthly_amounts() {
        ChartSpec wait = ask("securitylanes", "line chart of average queue wait by hour of day");
        assertThat(wait.x()).isEqualTo("Hour");
        assertThat(wait.y()).containsExactly("avg_wait_min");
        ChartSpec mrr = ask("fibreinstalls", "total monthly recurring revenue by product for activated orders");
        assertThat(mrr.x()).isEqualTo("Product");
        assertThat(mrr.timeGrain()).isNull();
        ChartSpec paying = ask("fibreinstalls", "list orders paying £60 a month or more");
        assertThat(paying.filters()).containsExactly(new Filter("Monthly Price (£)", ">=", 60L));
    }

    @Test
    void an_actions_time_a_kinds_thing_and_an_averaged_id() {
        assertThat(ask("cleanaudits", "histogram of rectification times").x()).isEqualTo("Mins to Rectify");
        // The exact name of a category stays that category ("perf time" for Perf Time).
        assertThat(ask("seatsales", "tickets by perf time").x()).isEqualTo("Perf Time");
        ChartSpec licence = ask("ebookloans", "total licence cost by platform");
        assertThat(licence.series()).isNull();
        ChartSpec load = ask("dockslots", "heaviest single load per supplier, top 8");
        assertThat(load.series()).isNull();
        ChartSpec ticket = ask("washbays", "avg ticket by payment type");
        assertThat(ticket.y()).containsExactly("PRICE (£)");
        assertThat(ticket.aggregation()).isEqualTo("mean");
    }

    @Test
    void what_share_of_the_rows_a_flag_holds_is_a_pie() {
        ChartSpec renewals = ask("grants", "what share of grants are renewals");
        assertThat(renewals.chartType()).isEqualTo("pie");
        assertThat(renewals.x()).isEqualTo("Is Renewal?");
        assertThat(ask("panelinstalls", "what % of jobs had a battery").chartType())
                .isEqualTo("pie");
        // A percentage named in words still asks for the one number.
        assertThat(ask("crimes", "what percentage of crimes led to an arrest").chartType())
                .isEqualTo("kpi");
    }

    @Test
    void flags_said_whole_rated_scored_and_set_values() {
        ChartSpec locked = ask("forkliftshifts", "share of locked-out shifts by site");
        assertThat(PlannerCases.columnsUsed(locked)).contains("LOCKOUT_FLAG");
        assertThat(ask("pianotunings", "list visits rated 2 or lower").filters())
                .containsExactly(new Filter("Rating", "<=", 2L));
        assertThat(ask("wine", "how many samples scored 8 or higher").filters())
                .containsExactly(new Filter("quality", ">=", 8L));
        ChartSpec tenK = ask("funrunentries", "median finish time for the 10 km distance");
        assertThat(tenK.chartType()).isEqualTo("kpi");
        assertThat(tenK.filters()).containsExactly(new Filter("distance_km", "=", 10L));
    }

    @Test
    void groupings_qualified_subjects_as_points_and_people_counted() {
        ChartSpec board = ask("examentries", "grouped bar of average % by exam board and qualification");
        assertThat(board.x()).isEqualTo("Board");
        assertThat(board.series()).isEqualTo("Qualification");
        ChartSpec wards = ask("wardbeds", "do wards with more admissions also have more discharges? scatter");
        assertThat(wards.chartType()).isEqualTo("scatter");
        assertThat(wards.series()).isNull();
        ChartSpec runners = ask("funrunentries", "how many runners didn't finish");
        assertThat(runners.filters()).extracting(Filter::column).containsExactly("Finished");
    }

    @Test
    void top_n_without_a_measure_counts_and_averages_per_numbered_things_group_nothing() {
        for (String[] c : new String[][] {
            {"pestcallouts", "top 5 pests", "Pest"}, {"lanebookings", "top 5 start times", "Start Time"}
        }) {
            ChartSpec top = ask(c[0], c[1]);
            assertThat(top.x()).isEqualTo(c[2]);
            assertThat(top.aggregation()).isEqualTo("count");
        }
        ChartSpec lanes = ask("lanebookings", "avg players per lane by booking type");
        assertThat(lanes.x()).isEqualTo("booking_type");
        assertThat(lanes.series()).isNull();
        ChartSpec lines = ask("printitems", "avg qty per line for A5 flyers by stock");
        assertThat(lines.x()).isEqualTo("Stock/Substrate");
    }

    @Test
    void people_ranked_or_grouped_are_the_column_of_who_did_the_work() {
        ChartSpec staff = ask("cdregister", "top 10 staff by number of entries");
        assertThat(staff.x()).isEqualTo("given_by");
        assertThat(staff.limit()).isEqualTo(10);
        ChartSpec drivers = ask("forkliftshifts", "bottom 5 drivers by total lifts");
        assertThat(drivers.x()).isEqualTo("OPERATOR_ID");
        assertThat(drivers.y()).containsExactly("LIFT_COUNT");
        ChartSpec pharmacists = ask("dispenselines", "interventions per pharmacist");
        assertThat(pharmacists.x()).isEqualTo("Checked_By");
    }

    @Test
    void a_periods_adjective_after_an_aggregation_in_a_grouped_question_is_no_trend() {
        ChartSpec returns = ask("capitalworks", "count of monthly returns by RAG");
        assertThat(returns.chartType()).isEqualTo("bar");
        assertThat(returns.x()).isEqualTo("rag_status");
        ChartSpec water = ask("esgmetrics", "median monthly water withdrawal per facility, lowest first");
        assertThat(water.x()).isEqualTo("Facility");
        assertThat(water.timeGrain()).isNull();
        ChartSpec perDay = ask("sitediary", "avg operatives per day by build stage");
        assertThat(perDay.x()).isEqualTo("Build Stage");
        assertThat(perDay.timeGrain()).isNull();
        // Without a grouping it is still a trend.
        assertThat(ask("capitalworks", "count of monthly returns").chartType()).isEqualTo("line");
    }

    @Test
    void rounds_85_to_88_running_numbers_money_after_vs_states_and_housekeepers() {
        // A running number's distinct values count nothing: each row is one line.
        ChartSpec lines = ask("plumbinvlines", "how many invoice lines per branch");
        assertThat(lines.y()).isNullOrEmpty();
        assertThat(lines.aggregation()).isEqualTo("count");
        ChartSpec paid = ask("barriergates", "stay minutes vs amount paid");
        assertThat(paid.chartType()).isEqualTo("scatter");
        assertThat(PlannerCases.columnsUsed(paid)).containsExactlyInAnyOrder("STAY_MINS", "TARIFF_GBP");
        // "paid" alone is the other side of a flag, not money.
        assertThat(PlannerCases.columnsUsed(ask("charging", "avg energy for free sessions vs paid")))
                .doesNotContain("Fee ($)");
        ChartSpec late = ask("homecalls", "box plot of lateness per branch");
        assertThat(late.chartType()).isEqualTo("box");
        assertThat(late.y()).containsExactly("MINS_LATE");
        ChartSpec values = ask("framelines", "box plot of line values by channel");
        assertThat(values.y()).containsExactly("Line Total £");
        ChartSpec slowest = ask("roomcleans", "which 10 housekeepers are slowest per clean on average");
        assertThat(slowest.x()).isEqualTo("Attendant");
    }

    @Test
    void a_one_word_name_with_its_scale_takes_the_words_synonyms() {
        ChartSpec csat = ask("fibreinstalls", "lowest 5 engineers by average customer satisfaction score");
        assertThat(csat.y()).containsExactly("CSAT (1-5)");
        assertThat(csat.aggregation()).isEqualTo("mean");
    }
}
