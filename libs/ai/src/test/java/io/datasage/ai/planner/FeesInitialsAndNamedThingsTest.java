package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 93-96 called for, and the second fixes of rounds 85 and 87, each on more than one file: fees and
 * values as money, initials completed by the file's subject, things grouped by their names, dates said by a word's
 * root, and the file's own name as its rows.
 */
class FeesInitialsAndNamedThingsTest {

    @Test
    void a_fee_is_money_and_value_is_the_takings() {
        assertThat(ask("mixsessions", "top 3 client types by spend").y()).containsExactly("Session Fee");
        assertThat(ask("roofquotes", "quoted value by surveyor").y()).containsExactly("Line Total");
        // Two fees: neither is the whole amount ("buggy hire revenue" is the buggy's fee).
        assertThat(ask("teebookings", "buggy hire revenue by month").y()).containsExactly("Buggy Fee (£)");
    }

    @Test
    void what_a_thing_was_worth_is_its_value_measure() {
        // The trade-in flag may stay beside it: a trade-in worth over 300 is one made.
        assertThat(ask("handsetdeals", "show contracts where the trade-in was worth over 300")
                        .filters())
                .extracting(Filter::column)
                .contains("tradein_value");
        assertThat(ask("permits", "list permits worth more than $2m").filters())
                .extracting(Filter::column)
                .containsExactly("Est. Project Value ($)");
    }

    @Test
    void a_word_and_the_files_subject_spell_a_measures_initials() {
        assertThat(ask("bpreadings", "median diastolic by nurse").y()).containsExactly("DBP (mmHg)");
        assertThat(ask("bpreadings", "average systolic by sex").y()).containsExactly("SBP (mmHg)");
    }

    @Test
    void things_grouped_or_ranked_by_their_names() {
        assertThat(ask("walkingtours", "average stars by tour").x()).isEqualTo("Tour Name");
        assertThat(ask("walkingtours", "5 best rated tours").x()).isEqualTo("Tour Name");
        // A name beats the code it stands for, unless the things are counted.
        assertThat(ask("caskreturns", "top 3 most dispatched beers").x()).isEqualTo("BEER_NAME");
        assertThat(ask("carehomemeals", "how many distinct orders per meal slot")
                        .y())
                .containsExactly("OrderID");
    }

    @Test
    void words_for_people_quantities_and_makes() {
        assertThat(ask("carehomemeals", "portions by meal slot").y()).containsExactly("Qty");
        assertThat(ask("skatesessions", "top 3 coaches by sessions").x()).isEqualTo("INSTRUCTOR");
        assertThat(ask("motinspections", "average mileage per manufacturer").x())
                .isEqualTo("make");
        assertThat(ask("walkingtours", "guests per city").y()).containsExactly("party_size");
        assertThat(ask("donorvisits", "total litres by venue").y()).containsExactly("Vol [ml]");
        // Of columns named equally by synonym, the one whose own word is said.
        assertThat(ask("cakeorders", "cupcake qty sold per week").y()).containsExactly("Qty");
    }

    @Test
    void people_counted_or_numbered_are_the_headcount() {
        ChartSpec counted = ask("walkingtours", "how many people came on tours per week");
        assertThat(counted.y()).containsExactly("party_size");
        assertThat(counted.aggregation()).isEqualTo("sum");
        assertThat(ask("escapegames", "list sessions with more than 6 people").filters())
                .extracting(Filter::column)
                .containsExactly("Players");
    }

    @Test
    void over_time_a_words_root_says_which_date() {
        assertThat(ask("seedaccessions", "seed count per month of receipt").x()).isEqualTo("receivedDate");
        assertThat(ask("carehomemeals", "kcal served per week").x()).isEqualTo("ServiceDate");
    }

    @Test
    void the_files_own_name_and_noun_are_its_rows() {
        ChartSpec lines = ask("farmhirelines", "number of hire lines per category");
        assertThat(lines.x()).isEqualTo("Category");
        assertThat(lines.aggregation()).isEqualTo("count");
        ChartSpec swim = ask("poolswims", "median lengths per swim by centre");
        assertThat(swim.x()).isEqualTo("Centre");
        assertThat(swim.filters()).isNullOrEmpty();
        assertThat(ask("poolswims", "median time in the water per age band").y())
                .containsExactly("Dur [min]");
    }

    @Test
    void a_flags_word_before_a_measure_says_which_rows_and_lengths_and_calories_are_named() {
        assertThat(ask("windfarmvisits", "offshore downtime by turbine model").filters())
                .extracting(Filter::column)
                .containsExactly("OFFSHORE_FLAG");
        assertThat(ask("inkbookings", "walk-in takings by studio").filters())
                .extracting(Filter::column)
                .containsExactly("Walk-in");
        assertThat(ask("carehomemeals", "median calories by diet type").y()).containsExactly("kcal");
        assertThat(ask("danceclasses", "median class length by teacher").y()).containsExactly("Duration (mins)");
    }

    @Test
    void a_clipped_word_names_its_column_and_every_year_pooled_groups_nothing() {
        assertThat(ask("phonetickets", "top 5 techs by tickets").x()).isEqualTo("TECHNICIAN");
        ChartSpec pooled = ask("tutorsessions", "sessions by month no, all years combined");
        assertThat(pooled.x()).isEqualTo("Month No");
        assertThat(pooled.series()).isNull();
        assertThat(ask("skatesessions", "admissions by month number, all years pooled")
                        .series())
                .isNull();
    }

    @Test
    void minutes_late_are_the_delay() {
        assertThat(ask("schoolbusruns", "count runs more than 10 mins late by operator")
                        .filters())
                .extracting(Filter::column)
                .containsExactly("Delay [min]");
        assertThat(ask("busstopvisits", "list stop visits over 20 minutes late").filters())
                .extracting(Filter::column)
                .containsExactly("DELAY_MIN");
    }
}
