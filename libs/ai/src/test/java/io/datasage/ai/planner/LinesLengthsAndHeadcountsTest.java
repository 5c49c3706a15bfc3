package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first half of the rules rounds 85 and 89-92 called for, each on more than one file: what a file of lines
 * lists, lengths of time said in other words, counts of people, prices achieved and words that only qualify a
 * measure.
 */
class LinesLengthsAndHeadcountsTest {

    @Test
    void the_things_a_file_of_lines_lists_are_its_rows() {
        ChartSpec tests = ask("labtestlines", "number of tests per department");
        assertThat(tests.x()).isEqualTo("Dept");
        assertThat(tests.aggregation()).isEqualTo("count");
        assertThat(tests.y()).isNullOrEmpty();
        // Ranked, they are the bars; before a measure, they qualify it (and a line's price is its amount).
        assertThat(ask("labtestlines", "top 5 tests by number of lines").x()).isEqualTo("TestName");
        ChartSpec revenue = ask("labtestlines", "test revenue by client");
        assertThat(revenue.y()).containsExactly("LinePrice");
        assertThat(revenue.series()).isNull();
        // Lines numbered within a hire: hires are the ids the lines share, counted distinct.
        ChartSpec hires = ask("farmhirelines", "how many hires per depot");
        assertThat(hires.aggregation()).isEqualTo("count_distinct");
        assertThat(hires.y()).containsExactly("HireNo");
    }

    @Test
    void per_line_of_numbered_lines_is_per_row_but_a_production_line_groups() {
        ChartSpec perLine = ask("vendrestocks", "median units sold per line by site type");
        assertThat(perLine.x()).isEqualTo("SiteType");
        assertThat(perLine.series()).isNull();
        assertThat(perLine.y()).containsExactly("UnitsSold");
        assertThat(ask("linerejects", "average line speed per line").x()).isEqualTo("Line");
    }

    @Test
    void lengths_of_time_said_in_other_words() {
        assertThat(ask("inkbookings", "median session length by artist").y()).containsExactly("Dur [min]");
        assertThat(ask("arbjobs", "average time on site by customer type").y()).containsExactly("HRS_ON_SITE");
        assertThat(ask("libvanstops", "average time spent at school stops per driver")
                        .y())
                .containsExactly("actual_mins");
        ChartSpec longest = ask("libvanstops", "longest stop duration we have seen");
        assertThat(longest.chartType()).isEqualTo("kpi");
        assertThat(longest.aggregation()).isEqualTo("max");
    }

    @Test
    void a_comparative_of_time_names_a_length_and_mean_in_a_yes_no_question_is_a_verb() {
        for (String[] c : new String[][] {
            {"poolswims", "do longer swims happen in warmer water? scatter", "Dur [min]"},
            {"farmhirelines", "scatter: do longer hires come with a lower day rate", "HireDays"},
            {"escapegames", "would more hints used mean a faster escape? scatter", "escape_time_mins"}
        }) {
            ChartSpec chart = ask(c[0], c[1]);
            assertThat(chart.chartType()).as(c[1]).isEqualTo("scatter");
            List<String> axes = new ArrayList<>(chart.y());
            axes.add(chart.x());
            assertThat(axes).as(c[1]).contains(c[2]);
        }
    }

    @Test
    void counts_of_people_name_the_headcount() {
        assertThat(ask("escapegames", "average group size per game master").y()).containsExactly("Players");
        assertThat(ask("venueenquiries", "median party size by package").y()).containsExactly("Guest Count");
        assertThat(ask("libvanstops", "average footfall by route").y()).containsExactly("Visitors");
        assertThat(ask("busstopvisits", "which 5 routes carry the most passengers")
                        .y())
                .containsExactly("BOARDINGS");
    }

    @Test
    void of_several_prices_the_one_achieved_is_the_takings() {
        ChartSpec shops = ask("donationbags", "takings per department");
        assertThat(shops.y()).containsExactly("Sold Price £");
        assertThat(shops.aggregation()).isEqualTo("sum");
        // The only price of a booking stays the takings.
        assertThat(ask("inkbookings", "takings by artist").y()).containsExactly("Price (£)");
    }

    @Test
    void a_word_before_a_measure_only_qualifies_it() {
        ChartSpec parking = ask("barriergates", "average parking duration by ticket type");
        assertThat(parking.x()).isEqualTo("TICKET_TYPE");
        assertThat(parking.series()).isNull();
        assertThat(parking.y()).containsExactly("STAY_MINS");
        ChartSpec supplier = ask("interloans", "average supplier charge per patron type");
        assertThat(supplier.x()).isEqualTo("patron_type");
        assertThat(supplier.series()).isNull();
        ChartSpec expired = ask("vendrestocks", "expired units per route");
        assertThat(expired.y()).containsExactly("QtyExpired");
    }

    @Test
    void units_and_nouns_that_name_columns() {
        assertThat(ask("palletmoves", "total cases moved per shift").y()).containsExactly("Qty (cases)");
        assertThat(ask("ferrysailings", "top 3 ships by passengers").x()).isEqualTo("Vessel");
        assertThat(ask("handsetdeals", "top 5 phones by commission").x()).isEqualTo("handset_model");
        assertThat(ask("drivetests", "pass rate by gearbox").x()).isEqualTo("TRANSMISSION");
        assertThat(ask("deskreadings", "average light level by library").y()).containsExactly("lux");
    }

    @Test
    void the_worst_of_a_measure_where_more_is_worse_are_its_highest_and_volunteers_do_the_work() {
        ChartSpec worst = ask("donorvisits", "mean wait per blood group, worst first");
        assertThat(worst.y()).containsExactly("Wait (mins)");
        // More waiting is worse: the worst are the longest waits.
        assertThat(worst.sort().order()).isEqualTo("desc");
        assertThat(ask("busstopvisits", "worst routes by average delay").sort().order())
                .isEqualTo("desc");
        assertThat(ask("donationbags", "top 3 volunteers by number of items").x())
                .isEqualTo("Sorted By");
    }

    @Test
    void initials_across_small_words_and_hyphens() {
        ChartSpec spec = ask("labtestlines", "out of spec lines per analyst");
        assertThat(spec.filters()).extracting(Filter::column).containsExactly("OOS");
        ChartSpec hyphen = ask("labtestlines", "count of out-of-spec results by priority");
        assertThat(hyphen.filters()).extracting(Filter::column).containsExactly("OOS");
    }
}
