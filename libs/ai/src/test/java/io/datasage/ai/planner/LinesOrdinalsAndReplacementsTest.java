package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 97-100 called for, each on more than one file where the files allow: the money of numbered lines,
 * a thing's number as an ordinal, items on lines counted as rows, attributes' shared first word as the rows, a
 * grouping replaced "instead of" another, debts, flags after "on", and ranked things told apart by their column.
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
}
