package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 77-80 of the held-out questions called for: which money column is the takings, plurals of kinds
 * and things sold counted as rows, whole amounts before amounts per unit, pairs after "vs", lead times, and values
 * named by a code or typed as a number.
 */
class TakingsKindsAndLeadTimesTest {

    @Test
    void what_the_customer_paid_is_the_takings_before_a_subsidy() {
        ChartSpec takings = ask("canteentills", "total takings per site");
        assertThat(takings.x()).isEqualTo("school_site");
        assertThat(takings.y()).containsExactly("Paid (£)");
        assertThat(takings.aggregation()).isEqualTo("sum");
    }

    @Test
    void a_bookings_price_is_its_sales_beside_a_count_of_extras() {
        ChartSpec revenue = ask("pawtrims", "revenue per branch");
        assertThat(revenue.x()).isEqualTo("branch");
        assertThat(revenue.y()).containsExactly("Price (£)");
        assertThat(revenue.aggregation()).isEqualTo("sum");
    }

    @Test
    void a_plural_of_a_kind_before_per_or_by_counts_the_rows() {
        ChartSpec washes = ask("washbays", "washes per site");
        assertThat(washes.chartType()).isEqualTo("bar");
        assertThat(washes.x()).isEqualTo("SITE_NAME");
        assertThat(washes.series()).isNull();
        assertThat(washes.aggregation()).isEqualTo("count");
        ChartSpec jabs = ask("vetjabs", "vaccinations by species");
        assertThat(jabs.chartType()).isEqualTo("bar");
        assertThat(jabs.x()).isEqualTo("Species");
        assertThat(jabs.series()).isNull();
        // A word before "count" is the things counted, not the kind it begins.
        ChartSpec weekly = ask("washbays", "weekly wash count for Ringway Rd");
        assertThat(weekly.x()).isEqualTo("TXN_DATE");
        assertThat(weekly.series()).isNull();
        assertThat(weekly.aggregation()).isEqualTo("count");
    }

    @Test
    void things_sold_are_counted_and_items_handed_over_are_the_quantity() {
        ChartSpec meals = ask("canteentills", "meals sold by school");
        assertThat(meals.y()).isNullOrEmpty();
        assertThat(meals.aggregation()).isEqualTo("count");
        ChartSpec items = ask("foodparcels", "items given out by category");
        assertThat(items.x()).isEqualTo("item_category");
        assertThat(items.y()).containsExactly("Qty");
        assertThat(items.aggregation()).isEqualTo("sum");
    }

    @Test
    void the_whole_amount_comes_before_the_amount_per_unit() {
        ChartSpec spend = ask("dispenselines", "spend by bnf chapter");
        assertThat(spend.y()).containsExactly("Line Cost (£)");
        assertThat(spend.aggregation()).isEqualTo("sum");
    }

    @Test
    void a_things_plural_is_not_the_minutes_each_took() {
        ChartSpec rounds = ask("teebookings", "rounds by day of week");
        assertThat(rounds.x()).isEqualTo("day_of_wk");
        assertThat(rounds.y()).isNullOrEmpty();
        assertThat(rounds.aggregation()).isEqualTo("count");
    }

    @Test
    void the_second_of_a_pair_after_vs_is_found_by_unit_rate_or_its_one_word() {
        ChartSpec sqft = ask("unitlets", "weekly rate vs sq ft");
        assertThat(sqft.chartType()).isEqualTo("scatter");
        assertThat(sqft.x()).isEqualTo("UNIT_SQFT");
        assertThat(sqft.y()).containsExactly("WEEKLY_RATE (£)");
        ChartSpec rate = ask("unitlets", "rate vs sqft coloured by floor");
        assertThat(rate.chartType()).isEqualTo("scatter");
        assertThat(rate.y()).containsExactly("WEEKLY_RATE (£)");
        assertThat(rate.series()).isEqualTo("FLOOR");
        ChartSpec value = ask("foodparcels", "weight vs value per line");
        assertThat(value.chartType()).isEqualTo("scatter");
        assertThat(value.x()).isEqualTo("Est Value (£)");
        assertThat(value.y()).containsExactly("Weight [kg]");
    }

    @Test
    void a_split_by_a_keyword_names_its_column() {
        ChartSpec tills = ask("taptills", "sales by category split by till");
        assertThat(tills.x()).isEqualTo("category");
        assertThat(tills.series()).isEqualTo("till_id");
    }

    @Test
    void values_named_by_a_code_in_brackets_but_never_by_a_number_alone() {
        ChartSpec tto = ask("dispenselines", "avg TTO turnaround by week");
        assertThat(tto.y()).containsExactly("TAT (mins)");
        assertThat(tto.filters()).containsExactly(new Filter("Disp_Type", "=", "Discharge (TTO)"));
        ChartSpec top = ask("printitems", "top 10 customers by spend");
        assertThat(top.chartType()).isEqualTo("bar");
        assertThat(top.x()).isEqualTo("Customer Name");
        assertThat(top.limit()).isEqualTo(10);
        assertThat(top.filters()).isNullOrEmpty();
    }

    @Test
    void money_words_name_the_money_amount() {
        ChartSpec buggy = ask("teebookings", "buggy hire revenue per month");
        assertThat(buggy.y()).containsExactly("Buggy Fee (£)");
        assertThat(buggy.aggregation()).isEqualTo("sum");
        assertThat(buggy.filters()).isNullOrEmpty();
        ChartSpec price = ask("seatsales", "avg ticket price by section");
        assertThat(price.chartType()).isEqualTo("bar");
        assertThat(price.x()).isEqualTo("Section");
        assertThat(price.y()).containsExactly("Face Value (£)");
        assertThat(price.aggregation()).isEqualTo("mean");
    }

    @Test
    void two_words_a_flag_takes_by_the_last_are_the_grouping_the_first_begins() {
        ChartSpec staff = ask("taptills", "takings per staff member");
        assertThat(staff.x()).isEqualTo("staff_name");
        assertThat(staff.y()).containsExactly("Line Amt (£)");
        // A participle after the things is what they did: the flag stays.
        ChartSpec churned = ask("customers", "how many customers churned");
        assertThat(churned.filters()).extracting(Filter::column).containsExactly("Churned");
    }

    @Test
    void how_far_ahead_is_the_lead_time() {
        ChartSpec lead = ask("teebookings", "how far ahead do people book");
        assertThat(lead.chartType()).isEqualTo("histogram");
        assertThat(lead.x()).isEqualTo("lead_days");
        ChartSpec perf = ask("seatsales", "how far ahead do people book? distribution of days before perf");
        assertThat(perf.x()).isEqualTo("Days Before Perf");
    }
}
