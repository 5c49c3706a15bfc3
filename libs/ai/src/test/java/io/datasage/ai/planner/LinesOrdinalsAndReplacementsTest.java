package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 97-100 called for, each on more than one file where the files allow: the money of numbered lines,
 * a thing's number as an ordinal, items on lines counted as rows, attributes' shared first word as the rows, a
 * grouping replaced "instead of" another, debts, flags after "on", ranked things told apart by their column; then
 * scores a verb gives, chart words ruled out, the largest single amount, states, money collected and dates named by
 * a value.
 */
class LinesOrdinalsAndReplacementsTest {

    @Test
    void a_price_per_unit_is_not_the_takings_beside_a_line_value() {
        assertThat(ask("fishlots", "takings by species").y()).containsExactly("LineValue");
        assertThat(ask("fishlots", "share of sales value by port").y()).containsExactly("LineValue");
        assertThat(ask("landings", "takings by port").y()).containsExactly("Landed Value (USD)");
    }

    @Test
    void the_value_of_a_thing_whose_lines_the_rows_are_is_their_money() {
        assertThat(ask("scaffhirelines", "total hire value by depot").y()).containsExactly("LineValue");
        assertThat(ask("farmhirelines", "total hire value by depot").y()).containsExactly("LineValue");
        assertThat(ask("planthire", "contract value by depot").y()).containsExactly("GROSS_GBP");
    }

    @Test
    void a_things_number_is_which_one_never_a_measure_to_add() {
        ChartSpec sessions = ask("physiosessions", "sessions per clinician");
        assertThat(sessions.y()).isNullOrEmpty();
        assertThat(sessions.aggregation()).isEqualTo("count");
        assertThat(ask("physiosessions", "average session fee by insurer").y()).containsExactly("Fee (£)");
    }

    @Test
    void items_on_numbered_lines_are_the_rows() {
        for (String[] q : new String[][] {
            {"toolshedloans", "number of items lent out per month"},
            {"farmhirelines", "number of items hired out by depot"},
            {"planthire", "number of items hired per month"}
        }) {
            ChartSpec spec = ask(q[0], q[1]);
            assertThat(spec.aggregation()).as(q[1]).isEqualTo("count");
            assertThat(spec.y()).as(q[1]).isNullOrEmpty();
        }
        // Asked distinct, the items are told apart by their code.
        assertThat(ask("toolshedloans", "how many different items were lent out")
                        .aggregation())
                .isEqualTo("count_distinct");
    }

    @Test
    void a_plural_only_first_word_of_several_attributes_is_the_rows() {
        ChartSpec leads = ask("leadscans", "number of leads per event");
        assertThat(leads.aggregation()).isEqualTo("count");
        assertThat(leads.y()).isNullOrEmpty();
        ChartSpec referrals = ask("foodparcels", "how many referrals per month");
        assertThat(referrals.aggregation()).isEqualTo("count");
        assertThat(referrals.y()).isNullOrEmpty();
    }

    @Test
    void the_grouping_after_instead_of_is_the_one_replaced() {
        ChartSpec skates =
                ask("skatesessions", "average skaters admitted by rink", "switch to session type instead of rink");
        assertThat(skates.x()).isEqualTo("SESSION_TYPE_DESC");
        assertThat(skates.series()).isNull();
        ChartSpec boats = ask("canalhires", "total hire fees by base", "use boat class instead of base");
        assertThat(boats.x()).isEqualTo("Boat Class");
        assertThat(boats.series()).isNull();
        assertThat(boats.y()).containsExactly("Hire Fee (£)");
    }

    @Test
    void debts_and_arrears_are_the_balance_owed() {
        assertThat(ask("ctaxarrears", "average debt by council tax band").y()).containsExactly("arrears_balance");
        assertThat(ask("unionsubs", "total owed by branch").y()).containsExactly("Arrears (£)");
    }

    @Test
    void a_flag_after_on_or_with_a_measure_is_a_condition() {
        ChartSpec spd = ask("ctaxarrears", "average amount paid for cases on single person discount by ward");
        assertThat(spd.y()).containsExactly("amount_paid");
        assertThat(spd.filters()).extracting(Filter::column).containsExactly("Single Person Discount");
        ChartSpec guest = ask("keglines", "total waste in litres on guest kegs");
        assertThat(guest.filters()).extracting(Filter::column).containsExactly("GUEST_YN");
    }

    @Test
    void a_flags_values_are_not_its_name() {
        ChartSpec noShows = ask("karaokebookings", "no-shows by room");
        assertThat(noShows.filters()).extracting(Filter::column).containsExactly("No-Show (1/0)");
        assertThat(ask("karaokebookings", "how many no-shows per booking channel")
                        .filters())
                .extracting(Filter::value)
                .containsExactly("1");
    }

    @Test
    void a_word_of_the_measure_after_it_is_no_value() {
        assertThat(ask("cheesewheels", "average days matured by milk type").filters())
                .isNullOrEmpty();
        assertThat(ask("cheesewheels", "median days matured for each grade").filters())
                .isNullOrEmpty();
    }

    @Test
    void ranked_things_are_told_apart_by_the_finest_column_they_begin() {
        assertThat(ask("cheesewheels", "top 3 cheeses by wheel value").x()).isEqualTo("CHEESE_TYPE");
        ChartSpec booths = ask("boothhires", "which individual booths get hired least? bottom 3");
        assertThat(booths.x()).isEqualTo("BOOTH_CODE");
        assertThat(booths.aggregation()).isEqualTo("count");
    }

    @Test
    void the_score_a_verb_gives_is_compared_not_a_column_never_named() {
        assertThat(ask("ridinglessons", "list the private lessons that were rated 1")
                        .filters())
                .extracting(Filter::column)
                .contains("rider_rating")
                .doesNotContain("lesson_fee");
        assertThat(ask("walkingtours", "list tours that were rated 5").filters())
                .extracting(Filter::column)
                .containsExactly("review_stars");
    }

    @Test
    void a_chart_word_ruled_out_draws_no_such_chart() {
        assertThat(ask("scaffhirelines", "how many separate hires (not lines) did each depot do")
                        .chartType())
                .isEqualTo("bar");
        assertThat(ask("sales", "sales by region, not a pie").chartType()).isEqualTo("bar");
    }

    @Test
    void a_measure_never_splits_its_own_bars() {
        ChartSpec worst =
                ask("sewersurveys", "which catchments have the worst pipes structurally? top 5 by mean grade");
        assertThat(worst.series()).isNull();
        assertThat(worst.chartType()).isEqualTo("bar");
    }

    @Test
    void the_largest_single_amount_per_group_is_each_groups_maximum() {
        ChartSpec largest = ask("ctaxarrears", "largest single arrears balance per officer");
        assertThat(largest.aggregation()).isEqualTo("max");
        assertThat(largest.filters()).isNullOrEmpty();
    }

    @Test
    void a_state_before_the_rows_is_their_status_not_a_date() {
        ChartSpec open = ask("ctaxarrears", "average amount paid on open cases by officer");
        assertThat(open.x()).isEqualTo("Officer");
        assertThat(open.filters()).extracting(Filter::column).containsExactly("case_status");
    }

    @Test
    void a_short_value_after_its_columns_participle_is_a_filter() {
        assertThat(ask("cheesewheels", "total wheel value by cheese type for wheels graded A")
                        .filters())
                .extracting(Filter::column)
                .containsExactly("GRADE");
    }

    @Test
    void money_collected_after_a_total_is_what_was_paid() {
        assertThat(ask("ctaxarrears", "total collected for 2024/25").y()).containsExactly("amount_paid");
        assertThat(ask("rentledger", "total collected in 2024").y()).containsExactly("rent_paid_gbp");
    }

    @Test
    void over_time_a_value_that_names_a_date_is_that_date() {
        ChartSpec off = ask("scaffhirelines", "trend of lines coming off hire per quarter");
        assertThat(off.x()).isEqualTo("OffHireDate");
        assertThat(off.filters()).isNullOrEmpty();
        ChartSpec out = ask("scaffhirelines", "weekly count of lines going out on hire in 2024");
        assertThat(out.x()).isEqualTo("OnHireDate");
        assertThat(out.filters()).extracting(Filter::column).containsExactly("OnHireDate");
    }

    @Test
    void a_participle_after_get_is_a_verb_even_when_a_name_holds_its_stem() {
        ChartSpec panels = ask("cardamage", "which panels get damaged most often? top 8");
        assertThat(panels.x()).isEqualTo("Panel/Location");
        assertThat(panels.series()).isNull();
    }

    @Test
    void things_counted_distinct_are_told_apart_by_their_finest_column() {
        assertThat(ask("leadscans", "how many distinct companies have we scanned overall")
                        .y())
                .containsExactly("lead_company");
    }

    @Test
    void a_participle_after_have_and_before_a_particle_is_no_value() {
        assertThat(ask("petclaims", "which 5 handlers have paid out the most money")
                        .filters())
                .isNullOrEmpty();
    }
}
