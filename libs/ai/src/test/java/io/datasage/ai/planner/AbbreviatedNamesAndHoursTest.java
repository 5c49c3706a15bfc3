package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules round 39 of the held-out questions called for (a name written out in full, the price as the revenue,
 * hours kept as a measure, the people an id abbreviates, versions of one amount, shares of a sum, a participle that
 * picks a quantity, a word of a date before another name), each checked on a held-out dataset and on a schema built
 * here.
 */
class AbbreviatedNamesAndHoursTest {

    /** Staff months: one row per person per month, abbreviated names, hours, pay before and after deductions. */
    private static final DatasetSchema STAFF = Schemas.of(
            36000,
            Schemas.text("emp_id", 3000, "E-1", "E-3000"),
            Schemas.date("Period (Month)", "2022-01-01", "2024-12-01"),
            Schemas.date("Booked On", "2021-06-01", "2024-12-31"),
            Schemas.category("Team", "Ops", "Sales", "IT"),
            Schemas.category("Role", "Employee", "Contractor", "Intern"),
            Schemas.category("Cust Seg", "SMB", "Enterprise"),
            Schemas.category("Channel", "Web", "Phone"),
            Schemas.category("Customer", "Acme", "Globex", "Initech"),
            Schemas.category("Item Desc", "Laptop", "Desk", "Phone"),
            Schemas.number("Hrs Logged", "0", "240"),
            Schemas.number("Training Hrs", "0", "40"),
            new ColumnSchema("Price ($)", "decimal", "$", 400, 0, null, "10", "900"),
            new ColumnSchema("Tip ($)", "decimal", "$", 400, 0, null, "0", "90"),
            new ColumnSchema("Net Pay ($)", "decimal", "$", 4000, 0, null, "100", "9000"),
            new ColumnSchema("Gross Pay ($)", "decimal", "$", 4000, 0, null, "120", "12000"),
            Schemas.integer("Planned Qty", 90, "0", "90"),
            Schemas.integer("Sold Qty", 90, "0", "90"));

    /** Taxi rides: one row per ride, a fare and a tip, no quantities. */
    private static final DatasetSchema RIDES = Schemas.of(
            9000,
            Schemas.text("Ride ID", 9000, "R-1", "R-9000"),
            Schemas.category("Driver", "Ann", "Bo", "Cy"),
            new ColumnSchema("Price ($)", "decimal", "$", 400, 0, null, "5", "90"),
            new ColumnSchema("Tip ($)", "decimal", "$", 400, 0, null, "0", "30"));

    @Test
    void a_name_written_out_in_full_is_the_abbreviated_column() {
        assertThat(ask(STAFF, "avg price per customer segment").x()).isEqualTo("Cust Seg");
        assertThat(ask("bakeryruns", "avg unit cost per product group").x()).isEqualTo("Prod Grp");
        assertThat(ask("salonbookings", "avg tip by stylist level").x()).isEqualTo("Stylist Lvl");
    }

    @Test
    void the_only_price_is_the_revenue_before_money_named_by_a_word_of_its_own() {
        assertThat(ask(RIDES, "revenue by driver").y()).containsExactly("Price ($)");
        assertThat(ask("salonbookings", "revenue by salon").y()).containsExactly("Price (GBP)");
    }

    @Test
    void hours_are_the_measure_kept_in_hours_and_the_rows_noun_before_them_keeps_every_row() {
        ChartSpec built = ask(STAFF, "total employee hours by team");
        assertThat(built.y()).containsExactly("Hrs Logged");
        assertThat(built.filters()).isNullOrEmpty();
        ChartSpec volunteers = ask("volunteerhours", "total volunteer hours by programme");
        assertThat(volunteers.y()).containsExactly("Hrs Logged");
        assertThat(volunteers.filters()).isNullOrEmpty();
        assertThat(ask(STAFF, "share of hours by team").aggregation()).isEqualTo("sum");
        assertThat(ask(STAFF, "list employee-months with more than 150 hrs").filters())
                .extracting("column")
                .containsExactly("Hrs Logged");
    }

    @Test
    void unique_people_an_id_abbreviates_are_counted_by_that_id() {
        ChartSpec built = ask(STAFF, "number of unique employees per team");
        assertThat(built.y()).containsExactly("emp_id");
        assertThat(built.aggregation()).isEqualTo("count_distinct");
        assertThat(built.filters()).isNullOrEmpty();
        assertThat(ask("volunteerhours", "number of unique volunteers per region")
                        .y())
                .containsExactly("vol_id");
    }

    @Test
    void two_versions_of_one_amount_by_a_group_are_side_by_side_bars() {
        assertThat(ask(STAFF, "net vs gross pay by team").chartType()).isEqualTo("grouped_bar");
        assertThat(ask("planthire", "net vs gross by depot").chartType()).isEqualTo("grouped_bar");
        assertThat(ask("bakeryruns", "planned vs actual qty by branch").chartType())
                .isEqualTo("grouped_bar");
    }

    @Test
    void a_participle_after_quantities_picks_the_one_it_names() {
        assertThat(ask(STAFF, "units sold per team").y()).containsExactly("Sold Qty");
        assertThat(ask("bakeryruns", "units sold per lead baker, highest first").y())
                .containsExactly("Sold Qty");
    }

    @Test
    void a_word_of_a_date_before_another_name_qualifies_it() {
        ChartSpec built = ask(STAFF, "how many rows per booking channel");
        assertThat(built.x()).isEqualTo("Channel");
        assertThat(built.timeGrain()).isNull();
        assertThat(ask("salonbookings", "how many appts per booking channel").x())
                .isEqualTo("Channel");
        assertThat(ask("planthire", "avg hire length in days per equipment class")
                        .y())
                .containsExactly("HIRE_DAYS");
    }

    @Test
    void lines_after_a_flag_are_the_rows_it_keeps() {
        ChartSpec organic = ask("bakeryruns", "organic lines only: total waste by product grp");
        assertThat(organic.chartType()).isEqualTo("bar");
        assertThat(organic.filters()).extracting("column").containsExactly("Organic Y/N");
        assertThat(List.of("bar", "grouped_bar"))
                .contains(ask(STAFF, "Web lines only: total tip by team").chartType());
        ChartSpec web = ask(STAFF, "Web lines only: total tip by team");
        assertThat(web.chartType()).isEqualTo("bar");
        assertThat(web.filters()).extracting("column", "value").containsExactly(tuple("Channel", "Web"));
    }

    @Test
    void a_ranking_follow_up_keeps_the_measure_and_desc_in_a_name_is_a_description() {
        ChartSpec ranked = ask(STAFF, "total hours by team", "top 2 teams");
        assertThat(ranked.y()).containsExactly("Hrs Logged");
        assertThat(ranked.limit()).isEqualTo(2);
        assertThat(ask("volunteerhours", "total hours logged by site", "top 10 sites")
                        .y())
                .containsExactly("Hrs Logged");
        ChartSpec sorted = ask(STAFF, "total tip by team", "sort descending");
        assertThat(sorted.series()).isNull();
        assertThat(sorted.sort().order()).isEqualTo("desc");
        assertThat(ask("planthire", "total net by depot", "sort descending", "add axis titles pls")
                        .x())
                .isEqualTo("DEPOT");
    }

    @Test
    void the_rows_noun_with_only_a_comparison_lists_those_rows() {
        assertThat(ask(RIDES, "rides over $50").chartType()).isEqualTo("table");
        assertThat(ask(RIDES, "how many rides over $50").chartType()).isEqualTo("kpi");
        assertThat(ask("supplierpayments", "payments over £100k").chartType()).isEqualTo("table");
        assertThat(ask("livestock", "lots > 100 head").chartType()).isEqualTo("table");
    }
}
