package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import org.junit.jupiter.api.Test;

/**
 * The rules drawn from round 74's remaining failures: values named without their code, colour words that are values,
 * a value's first and last words, one side of a pair of names or of a flag, what counted things have, and a value's
 * charges. Each is checked on a second dataset where the suite has one.
 */
class CodedValuesAndSidesTest {

    @Test
    void a_value_is_named_without_the_code_before_it() {
        ChartSpec magenta = ask("tintshots", "dose distribution for magenta");
        assertThat(magenta.filters()).containsExactly(new Filter("COLOURANT", "=", "MGT Magenta"));
        ChartSpec blue = ask("tintshots", "phthalo blue usage by week");
        assertThat(blue.filters()).containsExactly(new Filter("COLOURANT", "=", "BPB Phthalo Blue"));
        // A vessel's name after its prefix, as a ferry's passengers say it.
        ChartSpec kestrel = ask("ferries", "passengers on kestrel by month");
        assertThat(kestrel.filters()).containsExactly(new Filter("Vessel", "=", "MV Kestrel"));
    }

    @Test
    void a_colour_word_that_is_a_value_filters_unless_a_look_is_asked() {
        ChartSpec black = ask("tintshots", "dose distribution for black");
        assertThat(black.chartType()).isEqualTo("histogram");
        assertThat(black.filters()).containsExactly(new Filter("COLOURANT", "=", "K Black"));
        ChartSpec look = ask("tintshots", "dose distribution in black");
        assertThat(look.chartType()).isEqualTo("histogram");
        assertThat(look.filters()).isNullOrEmpty();
    }

    @Test
    void a_value_is_named_by_its_first_and_last_words() {
        ChartSpec child = ask("opticsales", "childrens tests per month");
        assertThat(child.x()).isEqualTo("Appt Dt");
        assertThat(child.filters()).containsExactly(new Filter("Test Type", "=", "Child Sight Test"));
        ChartSpec nhs = ask("opticsales", "nhs tests per month");
        assertThat(nhs.filters()).containsExactly(new Filter("Test Type", "=", "NHS Sight Test"));
    }

    @Test
    void a_word_opening_with_a_names_letter_picks_that_side() {
        ChartSpec eyes = ask("opticsales", "right eye sph vs left eye sph");
        assertThat(eyes.chartType()).isEqualTo("scatter");
        assertThat(eyes.y()).containsExactly("SPH_R (D)");
        assertThat(eyes.x()).isEqualTo("SPH_L (D)");
    }

    @Test
    void a_word_set_against_a_flag_is_its_other_side() {
        ChartSpec sale = ask("opticsales", "median sale nhs vs private");
        assertThat(sale.x()).isEqualTo("NHS_YN");
        assertThat(sale.y()).containsExactly("Total Sale (£)");
        assertThat(sale.aggregation()).isEqualTo("median");
        assertThat(sale.filters()).isNullOrEmpty();
    }

    @Test
    void what_counted_things_have_is_a_condition_not_a_measure() {
        ChartSpec clients = ask("liverylines", "how many clients have unpaid bills");
        assertThat(clients.chartType()).isEqualTo("kpi");
        assertThat(clients.y()).containsExactly("client_id");
        assertThat(clients.aggregation()).isEqualTo("count_distinct");
        assertThat(clients.filters()).containsExactly(new Filter("Paid Y/N", "=", "N"));
        ChartSpec horses = ask("liverylines", "how many horses have farrier charges");
        assertThat(horses.y()).containsExactly("horse_name");
        assertThat(horses.aggregation()).isEqualTo("count_distinct");
        assertThat(horses.filters()).containsExactly(new Filter("Service", "=", "Farrier"));
    }

    @Test
    void charges_after_a_value_are_the_money_taken_for_it() {
        ChartSpec farrier = ask("liverylines", "farrier charges by month");
        assertThat(farrier.y()).containsExactly("Line Amt (£)");
        assertThat(farrier.aggregation()).isEqualTo("sum");
        assertThat(farrier.filters()).containsExactly(new Filter("Service", "=", "Farrier"));
        ChartSpec furniture = ask("sales", "furniture charges by month");
        assertThat(furniture.y()).containsExactly("Sales");
        assertThat(furniture.aggregation()).isEqualTo("sum");
        assertThat(furniture.filters()).containsExactly(new Filter("Category", "=", "Furniture"));
    }
}
