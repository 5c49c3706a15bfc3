package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 69 to 72 of the held-out questions called for (rows shown, things counted past a flag or a value,
 * implied kinds, money said without a name, things rather than their numbers, a grain adverb before a period's
 * number, the date of a state, no-shows and non-members), each checked on at least two datasets where the data has
 * a second case.
 */
class ShownRowsMoneyAndNumbersTest {

    @Test
    void show_or_list_opening_a_question_lists_the_rows_kept() {
        assertThat(ask("cyclejobs", "show job lines over £500").chartType()).isEqualTo("table");
        assertThat(ask("signons", "show sign-ons more than 30 mins late").chartType())
                .isEqualTo("table");
        // A measure named by its column is still what is asked of the rows.
        assertThat(ask("hr", "show salaries for employees hired before 2010").chartType())
                .isEqualTo("kpi");
    }

    @Test
    void things_counted_past_a_flag_or_a_value_are_still_counted() {
        ChartSpec warranty = ask("cyclejobs", "how many warranty jobs");
        assertThat(warranty.chartType()).isEqualTo("kpi");
        assertThat(warranty.y()).containsExactly("Job No");
        assertThat(warranty.filters()).extracting(ChartSpec.Filter::column).containsExactly("Warranty Y/N");
        ChartSpec hires = ask("skihire", "how many snowboard hires in 2024/25");
        assertThat(hires.chartType()).isEqualTo("kpi");
        assertThat(hires.y()).isNullOrEmpty();
        assertThat(hires.aggregation()).isEqualTo("count");
    }

    @Test
    void an_ids_cut_short_word_names_the_rows() {
        ChartSpec grouped = ask("pxvaluations", "valuations by branch and deal status");
        assertThat(grouped.chartType()).isEqualTo("grouped_bar");
        assertThat(grouped.x()).isEqualTo("BRANCH");
        assertThat(ask("pxvaluations", "heatmap of valuations by make and fuel").chartType())
                .isEqualTo("heatmap");
    }

    @Test
    void a_kind_whose_reason_a_mostly_empty_column_records_is_implied() {
        ChartSpec reasons = ask("gardentills", "write offs by reason");
        assertThat(reasons.x()).isEqualTo("Writeoff Reason");
        assertThat(reasons.filters()).isNullOrEmpty();
        assertThat(ask("gardentills", "how many write offs for frost damage").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Writeoff Reason");
    }

    @Test
    void money_said_without_a_name_is_the_sales() {
        assertThat(ask("gardentills", "total refunds £ at Riverside").y()).containsExactly("Line Amt (£)");
        assertThat(ask("gardentills", "which staff ring up the most £? top 8").y())
                .containsExactly("Line Amt (£)");
        assertThat(ask("danceclasses", "share of money taken by payment method").y())
                .containsExactly("Paid Amt (£)");
        assertThat(ask("podlines", "monthly sales trend").y()).containsExactly("Line Total (£)");
        ChartSpec paid = ask("danceclasses", "total paid by term, stacked by pay method");
        assertThat(paid.x()).isEqualTo("Term");
        assertThat(paid.y()).containsExactly("Paid Amt (£)");
        // "got money": what the institutions got, while they are counted.
        assertThat(ask("grants", "how many different institutions got money from NIH")
                        .y())
                .containsExactly("Institution");
    }

    @Test
    void things_named_bare_are_not_their_numbers() {
        ChartSpec pax = ask("coachbookings", "pax by tour");
        assertThat(pax.x()).isEqualTo("Tour_Name");
        assertThat(pax.y()).isNullOrEmpty();
        assertThat(pax.aggregation()).isEqualTo("count");
        assertThat(ask("coachbookings", "share of pax by pickup point").y()).isNullOrEmpty();
        assertThat(ask("coachbookings", "top 10 tours by revenue").x()).isEqualTo("Tour_Name");
        // Said with an ordinal, the number is meant.
        assertThat(ask("dairy", "average yield for first-lactation heifers by farm")
                        .filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Lactation No.");
    }

    @Test
    void hours_and_the_grain_of_a_periods_number() {
        ChartSpec rooms = ask("studyrooms", "top 10 rooms by hours booked");
        assertThat(rooms.x()).isEqualTo("room_name");
        assertThat(rooms.y()).containsExactly("Duration (hrs)");
        ChartSpec weekly = ask("tipvisits", "weekly visits at Marsh Road");
        assertThat(weekly.chartType()).isEqualTo("line");
        assertThat(weekly.x()).isEqualTo("VISIT_DT");
        assertThat(weekly.timeGrain()).isEqualTo("week");
        assertThat(ask("loungeentries", "weekly entries for the pier b lounge").x())
                .isEqualTo("ENTRY_DT");
        assertThat(ask("cyclejobs", "qtrly revenue").timeGrain()).isEqualTo("quarter");
    }

    @Test
    void the_date_of_a_state_is_found_by_its_verb() {
        ChartSpec cancelled = ask("coachbookings", "cancellations by month");
        assertThat(cancelled.x()).isEqualTo("Cancel_Dt");
        assertThat(cancelled.filters()).isNullOrEmpty();
        assertThat(ask("bladefindings", "repairs completed per month").x()).isEqualTo("Repaired_Dt");
    }

    @Test
    void no_shows_dnfs_and_non_members_are_a_flags_no() {
        assertThat(ask("danceclasses", "how many no-shows per style").filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactly(tuple("Attended Y/N", "N"));
        assertThat(ask("marathon", "how many DNFs").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Finished?");
        assertThat(ask("tipvisits", "non resident visits by site").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("RESIDENT_YN");
    }

    @Test
    void rows_of_a_kind_ranked_grouped_or_shared() {
        ChartSpec jabs = ask("flujabs", "top 10 branches by attended jabs");
        assertThat(jabs.y()).isNullOrEmpty();
        assertThat(jabs.aggregation()).isEqualTo("count");
        ChartSpec vendors = ask("bladefindings", "number of inspections per vendor");
        assertThat(vendors.chartType()).isEqualTo("bar");
        assertThat(vendors.x()).isEqualTo("Inspection_Vendor");
        // A period's column read across "per" is still grouped by, with its own filter.
        ChartSpec releases = ask("netflix", "releases per year since 2000");
        assertThat(releases.chartType()).isEqualTo("line");
        assertThat(releases.x()).isEqualTo("release_year");
        assertThat(ask("gardentills", "share of till lines by payment method").chartType())
                .isEqualTo("pie");
        ChartSpec severity = ask("bladefindings", "pie of severity for leading edge erosion");
        assertThat(severity.chartType()).isEqualTo("pie");
        assertThat(severity.x()).isEqualTo("Severity (1-5)");
    }
}
