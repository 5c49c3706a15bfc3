package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 59 and 60 of the held-out questions called for (headers cut short, rates per a unit of time,
 * events named by phrasal nouns, the date a year column was taken from, currency signs, listed columns, things
 * counted on each row, the lines of a trend replaced), each checked on at least two datasets where the data has a
 * second case.
 */
class ShortNamesEventsAndListsTest {

    @Test
    void a_header_cut_short_is_the_words_it_shortens() {
        ChartSpec variance = ask("cyclecounts", "total variance value by warehouse");
        assertThat(variance.x()).isEqualTo("WHSE");
        assertThat(variance.y()).containsExactly("VAR_VAL_GBP");
        assertThat(WordForms.abbreviates("whse", "warehouse")).isTrue();
        assertThat(WordForms.abbreviates("hse", "warehouse")).isFalse();
        // A spread word a measure's name starts by abbreviating is that measure, not a box plot.
        ChartSpec spread = ask("cyclecounts", "avg variance value by abc class and warehouse");
        assertThat(spread.chartType()).isEqualTo("grouped_bar");
        assertThat(spread.y()).containsExactly("VAR_VAL_GBP");
        assertThat(ask("removaljobs", "total cubic feet moved per quarter").y()).containsExactly("VOLUME_CUFT");
    }

    @Test
    void a_period_said_before_a_rate_is_the_rate_per_that_period() {
        ChartSpec rate = ask("tutorlessons", "avg hourly rate by level");
        assertThat(rate.chartType()).isEqualTo("bar");
        assertThat(rate.y()).containsExactly("Rate (£/hr)");
        assertThat(ask("licencecheckouts", "average hourly cost by product").y())
                .containsExactly("Cost/Hr (USD)");
        ChartSpec pay = ask("tempshifts", "hourly pay rate by client");
        assertThat(pay.x()).isEqualTo("Client");
        assertThat(pay.y()).containsExactly("Pay Rate (£/hr)");
        // "rate" alone, beside the one rate the data keeps, is that rate.
        ChartSpec versus = ask("tutorlessons", "line amount vs rate, coloured by level");
        assertThat(versus.chartType()).isEqualTo("scatter");
        assertThat(versus.x()).isEqualTo("Rate (£/hr)");
    }

    @Test
    void events_named_by_a_phrasal_noun_are_counted_on_their_date() {
        ChartSpec ins = ask("storagelets", "move ins per month");
        assertThat(ins.x()).isEqualTo("move_in_dt");
        assertThat(ins.y()).isNullOrEmpty();
        assertThat(ask("storagelets", "move outs by month").x()).isEqualTo("move_out_dt");
        assertThat(ask("gym", "check outs per day").x()).isEqualTo("checkoutTime");
        // Per year, the year column the export keeps for that date.
        assertThat(ask("storagelets", "move ins per year by cust type, stacked").x())
                .isEqualTo("Move In Yr");
    }

    @Test
    void the_date_a_year_column_was_taken_from_is_the_main_date() {
        ChartSpec revenue = ask("removaljobs", "revenue per month");
        assertThat(revenue.x()).isEqualTo("MOVE_DT");
        assertThat(revenue.y()).containsExactly("FINAL_INV_AMT (£)");
        // Where the year is the first date's, that date stays the main one.
        assertThat(ask("photoshoots", "shoots per quarter").x()).isEqualTo("Wedding Date");
    }

    @Test
    void a_bare_period_after_a_chart_over_time_is_of_its_dates() {
        ChartSpec lessons = ask("tutorlessons", "lessons per month", "just 2024");
        assertThat(lessons.x()).isEqualTo("lesson_date");
        assertThat(lessons.filters()).extracting(ChartSpec.Filter::column).containsExactly("lesson_date");
        ChartSpec moves = ask("storagelets", "move outs by month", "only 2023");
        assertThat(moves.filters()).extracting(ChartSpec.Filter::column).containsExactly("move_out_dt");
    }

    @Test
    void a_currency_sign_picks_the_money_among_names_alike() {
        assertThat(ask("cyclecounts", "variance £ by zone").y()).containsExactly("VAR_VAL_GBP");
        assertThat(ask("cyclecounts", "variance by zone").y()).containsExactly("VAR_QTY");
        assertThat(ask("cyclecounts", "list lines with a variance over £1000").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("VAR_VAL_GBP");
        // A sign right after "total" is the money the rows record.
        ChartSpec owed = ask("tutorlessons", "total £ outstanding on unpaid lines");
        assertThat(owed.y()).containsExactly("Line Amt (£)");
        assertThat(owed.aggregation()).isEqualTo("sum");
        assertThat(ask("sales", "total £ by region").y()).containsExactly("Sales");
    }

    @Test
    void what_was_quoted_is_not_the_revenue() {
        ChartSpec branch = ask("removaljobs", "invoiced revenue per branch");
        assertThat(branch.chartType()).isEqualTo("bar");
        assertThat(branch.y()).containsExactly("FINAL_INV_AMT (£)");
        assertThat(ask("removaljobs", "revenue by job type").y()).containsExactly("FINAL_INV_AMT (£)");
    }

    @Test
    void a_line_may_join_numbered_periods() {
        ChartSpec weeks = ask("cyclecounts", "line chart of net variance £ by COUNT_WK");
        assertThat(weeks.chartType()).isEqualTo("line");
        assertThat(weeks.x()).isEqualTo("COUNT_WK");
        ChartSpec iso = ask("lanecounts", "line chart of counts by iso week");
        assertThat(iso.chartType()).isEqualTo("line");
        assertThat(iso.limit()).isNull();
        assertThat(iso.sort()).isNull();
    }

    @Test
    void an_id_is_read_by_the_one_word_name_it_shortens() {
        assertThat(ask("pestcallouts", "average sat score by tech").x()).isEqualTo("Technician");
        // Not Inspector for Insp_ID: 2,140 inspections are not 7 inspectors.
        assertThat(ask("cmmchecks", "checks by insp").x()).isEqualTo("Insp_ID");
    }

    @Test
    void things_counted_on_each_row_are_added_up() {
        ChartSpec kids = ask("escapebookings", "total no of kids booked in");
        assertThat(kids.y()).containsExactly("Kids in Group");
        assertThat(kids.aggregation()).isEqualTo("sum");
        ChartSpec hints = ask("escapebookings", "number of hints used by room");
        assertThat(hints.y()).containsExactly("Hints Used");
        assertThat(hints.aggregation()).isEqualTo("sum");
        // Not a length in a unit: detentions missed are counted, their minutes are not added.
        assertThat(ask("behaviourlog", "how many detentions were missed in 2024/25")
                        .y())
                .isNullOrEmpty();
    }

    @Test
    void hours_said_alone_are_the_time_spent_added_up() {
        ChartSpec subject = ask("tutorlessons", "total hours by subject");
        assertThat(subject.x()).isEqualTo("Subject");
        assertThat(subject.y()).containsExactly("Duration (mins)");
        ChartSpec taught = ask("tutorlessons", "hours taught each month");
        assertThat(taught.y()).containsExactly("Duration (mins)");
        assertThat(taught.aggregation()).isEqualTo("sum");
        assertThat(ask("salonbookings", "hours by stylist").y()).containsExactly("Duration (mins)");
    }

    @Test
    void another_grouping_instead_on_a_trend_replaces_its_lines() {
        ChartSpec visits = ask("carevisits", "visits per month", "split by funder", "now by patch instead");
        assertThat(visits.chartType()).isEqualTo("line");
        assertThat(visits.x()).isEqualTo("visit_dt");
        assertThat(visits.series()).isEqualTo("Patch");
        ChartSpec sales = ask("sales", "sales per month split by region", "now by segment instead");
        assertThat(sales.x()).isEqualTo("Order Date");
        assertThat(sales.series()).isEqualTo("Segment");
    }

    @Test
    void a_place_said_by_the_first_word_of_its_value_is_that_value() {
        assertThat(ask("escapebookings", "share of bookings by channel", "just the leeds site")
                        .filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Leeds City Centre");
        assertThat(ask("shrinklog", "shrink at leeds").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Leeds Trinity");
    }

    @Test
    void listed_columns_of_matching_rows_are_a_table_of_them() {
        ChartSpec unpaid = ask("tutorlessons", "show invoice no, student and amount for unpaid lines over £100");
        assertThat(unpaid.chartType()).isEqualTo("table");
        assertThat(unpaid.y()).containsExactly("invoice_no", "student_id", "Line Amt (£)");
        ChartSpec west = ask("sales", "show order id, customer name and sales for the west region");
        assertThat(west.chartType()).isEqualTo("table");
        assertThat(west.y()).containsExactly("Order ID", "Customer Name", "Sales");
    }

    @Test
    void words_of_charts_that_name_things_are_those_things() {
        ChartSpec bins = ask("cyclecounts", "how many bins were counted at WAK02");
        assertThat(bins.y()).containsExactly("BIN_LOC");
        assertThat(bins.aggregation()).isEqualTo("count_distinct");
        assertThat(ask("harvestbins", "how many bins per crew").chartType()).isEqualTo("bar");
        ChartSpec series = ask("digibatches", "top 10 series by pages scanned");
        assertThat(series.x()).isEqualTo("series_ref");
        assertThat(series.limit()).isEqualTo(10);
        ChartSpec distinct = ask("digibatches", "no. of distinct series scanned per collection");
        assertThat(distinct.y()).containsExactly("series_ref");
        assertThat(distinct.aggregation()).isEqualTo("count_distinct");
        // Without such a name, "series by" still splits the lines.
        assertThat(ask("sales", "sales by month, series by region").series()).isEqualTo("Region");
    }

    @Test
    void flags_describe_the_things_after_them_and_split_around_not() {
        ChartSpec york = ask("storagelets", "median weekly rate for climate controlled units at york");
        assertThat(york.chartType()).isEqualTo("kpi");
        assertThat(york.x()).isNull();
        ChartSpec posted = ask("cyclecounts", "adjustments not posted yet by whse");
        assertThat(posted.chartType()).isEqualTo("bar");
        assertThat(posted.filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ADJ_POSTED", false));
    }
}
