package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 73-76 of the held-out questions called for (things counted in long tables, a lined document's
 * date, a year said of the main date, amounts named by their verb or unit, a chart's name that is a column's), each
 * checked on a second dataset where the suite has one.
 */
class LongFormCountsAndYearsTest {

    @Test
    void a_plural_opening_a_per_counts_its_repeating_id() {
        ChartSpec tints = ask("tintshots", "orders per month by customer type");
        assertThat(tints.y()).containsExactly("ORDER_NO");
        assertThat(tints.aggregation()).isEqualTo("count_distinct");
        assertThat(tints.series()).isEqualTo("CUST_TYPE");
        ChartSpec branches = ask("tintshots", "orders per branch");
        assertThat(branches.x()).isEqualTo("BRANCH");
        assertThat(branches.y()).containsExactly("ORDER_NO");
        assertThat(branches.aggregation()).isEqualTo("count_distinct");
        // A test number written "test_no" is an id like one written "number": its tests counted distinct.
        ChartSpec tests = ask("mottests", "tests per week");
        assertThat(tests.y()).containsExactly("test_no");
        assertThat(tests.aggregation()).isEqualTo("count_distinct");
    }

    @Test
    void lap_numbers_from_one_number_the_rows() {
        ChartSpec laps = ask("kartlaps", "share of laps by kart class");
        assertThat(laps.chartType()).isEqualTo("pie");
        assertThat(laps.y()).isNullOrEmpty();
        assertThat(laps.aggregation()).isEqualTo("count");
        ChartSpec yellow = ask("kartlaps", "how many laps run under yellow flag");
        assertThat(yellow.y()).isNullOrEmpty();
        assertThat(yellow.aggregation()).isEqualTo("count");
    }

    @Test
    void the_date_of_the_document_whose_lines_the_rows_are_is_the_main_date() {
        assertThat(ask("cakeorders", "monthly sales").x()).isEqualTo("Order Date");
        ChartSpec orders = ask("cakeorders", "orders per month");
        assertThat(orders.x()).isEqualTo("Order Date");
        assertThat(orders.y()).containsExactly("order_no");
    }

    @Test
    void a_whole_year_of_the_main_date_is_its_year_column_on_a_time_axis_too() {
        ChartSpec trips = ask("dialrides", "trips per month in 2023");
        assertThat(trips.x()).isEqualTo("booking_dt");
        assertThat(trips.filters())
                .extracting(f -> f.column() + f.op() + f.value())
                .containsExactly("Trip Year=2023");
        ChartSpec jobs = ask("lockjobs", "weekly job volume for 2024");
        assertThat(jobs.filters())
                .extracting(f -> f.column() + f.op() + f.value())
                .containsExactly("call_yr=2024");
        // REG_YEAR 2009-2025 beside VAL_DATE 2023-2025 is the car's year, not the valuation's.
        ChartSpec valuations = ask("pxvaluations", "valuations per month in 2024");
        assertThat(valuations.filters()).extracting(ChartSpec.Filter::column).containsExactly("VAL_DATE");
    }

    @Test
    void an_amount_named_by_its_verb_is_not_the_year_of_the_verbs_noun() {
        ChartSpec clients = ask("liverylines", "top 10 clients by amount billed");
        assertThat(clients.x()).isEqualTo("client_name");
        assertThat(clients.y()).containsExactly("Line Amt (£)");
        assertThat(clients.limit()).isEqualTo(10);
        // Alone, the participle still names the year it says: "released in 2021" is release_year.
        ChartSpec titles = ask("netflix", "how many titles were released in 2021");
        assertThat(titles.filters()).extracting(ChartSpec.Filter::column).containsExactly("release_year");
    }

    @Test
    void qty_of_beside_a_qty_column_is_that_column_and_sold_describes_it() {
        ChartSpec bedding = ask("liverylines", "total qty of bedding per yard");
        assertThat(bedding.x()).isEqualTo("yard");
        assertThat(bedding.y()).containsExactly("Qty");
        assertThat(bedding.aggregation()).isEqualTo("sum");
        ChartSpec toppers = ask("cakeorders", "total qty of cake toppers sold");
        assertThat(toppers.chartType()).isEqualTo("kpi");
        assertThat(toppers.y()).containsExactly("Qty");
    }

    @Test
    void min_after_a_span_of_time_is_minutes() {
        ChartSpec downtime = ask("knitstops", "total downtime mins");
        assertThat(downtime.chartType()).isEqualTo("kpi");
        assertThat(downtime.y()).containsExactly("DOWNTIME_MIN");
        assertThat(downtime.aggregation()).isEqualTo("sum");
        ChartSpec unresolved = ask("knitstops", "list unresolved stops over 240 mins");
        assertThat(unresolved.filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactlyInAnyOrder("RESOLVED_YN", "DOWNTIME_MIN");
    }

    @Test
    void a_charts_name_after_per_is_the_column_it_names() {
        ChartSpec gauge = ask("knitstops", "avg downtime per gauge");
        assertThat(gauge.chartType()).isNotEqualTo("kpi");
        assertThat(gauge.x()).isEqualTo("GAUGE_GG");
        assertThat(gauge.y()).isEqualTo(List.of("DOWNTIME_MIN"));
    }

    @Test
    void a_participle_never_names_an_id_and_a_flags_participle_names_its_al_noun() {
        ChartSpec invoiced = ask("liverylines", "monthly invoiced total");
        assertThat(invoiced.y()).containsExactly("Line Amt (£)");
        assertThat(invoiced.aggregation()).isEqualTo("sum");
        ChartSpec referrals = ask("opticsales", "referrals by practice");
        assertThat(referrals.filters())
                .extracting(f -> f.column() + f.op() + f.value())
                .containsExactly("Referred_YN=Y");
        ChartSpec survival = ask("titanic", "survial rate by pclass");
        assertThat(survival.y()).containsExactly("Survived");
    }

    @Test
    void money_is_compared_and_totalled_as_money() {
        ChartSpec unpaid = ask("liverylines", "total outstanding unpaid £");
        assertThat(unpaid.y()).containsExactly("Line Amt (£)");
        assertThat(unpaid.aggregation()).isEqualTo("sum");
        ChartSpec quotes = ask("carpetfits", "list lost quotes over £3000");
        assertThat(quotes.filters()).extracting(ChartSpec.Filter::column).contains("Quote Amt (£)");
        ChartSpec debt = ask("advicecases", "list enquiries with debt over £20k");
        assertThat(debt.filters()).extracting(ChartSpec.Filter::column).contains("Debt Amt (£)");
        ChartSpec fees = ask("instrumentloans", "hire fee income by family");
        assertThat(fees.chartType()).isEqualTo("bar");
        assertThat(fees.y()).containsExactly("Hire Fee (£/term)");
    }

    @Test
    void the_fastest_lap_is_the_lowest_lap_time() {
        ChartSpec layouts = ask("kartlaps", "fastest lap by layout");
        assertThat(layouts.y()).containsExactly("Lap Time (s)");
        assertThat(layouts.aggregation()).isEqualTo("min");
        ChartSpec top = ask("kartlaps", "top 10 drivers by fastest lap");
        assertThat(top.sort().order()).isEqualTo("asc");
        assertThat(top.limit()).isEqualTo(10);
    }

    @Test
    void counts_of_things_and_attendance_add_up_their_columns() {
        ChartSpec aids = ask("rinksessions", "how many skate aids hired per session type");
        assertThat(aids.y()).containsExactly("Skate Aids Hired");
        assertThat(aids.aggregation()).isEqualTo("sum");
        assertThat(ask("rinksessions", "attendance by session type").y()).containsExactly("Admissions");
    }

    @Test
    void days_of_the_week_and_values_around_a_linking_word() {
        ChartSpec days = ask("rinksessions", "avg admissions per session by day of week");
        assertThat(days.chartType()).isEqualTo("bar");
        assertThat(days.x()).isEqualTo("Day");
        ChartSpec lost = ask("kitchendesigns", "how many lost to competitors per designer");
        assertThat(lost.filters())
                .extracting(f -> f.column() + f.op() + f.value())
                .containsExactly("Status=Lost - Competitor");
        // Replacing the grouping that split the bars leaves one grouping.
        ChartSpec area = PlannerCases.ask("mottests", "items by type", "now by item area instead");
        assertThat(area.x()).isEqualTo("item_area");
        assertThat(area.series()).isNull();
    }

    @Test
    void a_kind_before_a_cost_says_whose_cost_it_is() {
        ChartSpec monthly = ask("tintshots", "colourant cost by month");
        assertThat(monthly.y()).containsExactly("SHOT_COST (£)");
        assertThat(monthly.series()).isNull();
        ChartSpec accounts = ask("tintshots", "top 10 trade accts by colourant cost");
        assertThat(accounts.chartType()).isEqualTo("bar");
        assertThat(accounts.x()).isEqualTo("TRADE_ACCT");
        assertThat(accounts.y()).containsExactly("SHOT_COST (£)");
    }

    @Test
    void units_name_the_measures_kept_in_them() {
        ChartSpec area = ask("carpetfits", "avg m2 per room type");
        assertThat(area.y()).containsExactly("Area (m²)");
        assertThat(area.aggregation()).isEqualTo("mean");
        // After an area's own name the unit is that area's.
        assertThat(ask("carpetfits", "total waste m2 by product range").y()).containsExactly("Waste [m²]");
        ChartSpec days = ask("skihire", "avg hire length in days by age group");
        assertThat(days.y()).containsExactly("Days");
        ChartSpec laps = ask("kartlaps", "list all laps under 40 secs");
        assertThat(laps.filters())
                .extracting(f -> f.column() + f.op() + f.value())
                .containsExactly("Lap Time (s)<40");
    }

    @Test
    void flags_said_another_way() {
        ChartSpec entries = ask("lockjobs", "non-destructive entries per tech");
        assertThat(entries.filters()).extracting(ChartSpec.Filter::column).containsExactly("NDE_flag");
        ChartSpec disabled = ask("advicecases", "how many disabled clients in 2023/24");
        assertThat(disabled.filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactlyInAnyOrder("disability_YN", "FinYr");
    }

    @Test
    void an_amount_most_rows_lack_is_not_the_main_amount() {
        ChartSpec issues = ask("advicecases", "top 10 issues");
        assertThat(issues.x()).isEqualTo("issue_detail");
        assertThat(issues.y()).isNullOrEmpty();
        assertThat(issues.aggregation()).isEqualTo("count");
        ChartSpec debt = ask("advicecases", "list enquiries with debt over £20k");
        assertThat(debt.filters()).extracting(ChartSpec.Filter::column).containsExactly("Debt Amt (£)");
    }
}
