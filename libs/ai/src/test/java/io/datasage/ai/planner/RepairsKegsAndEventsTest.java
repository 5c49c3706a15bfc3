package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 53 and 54 of the held-out questions called for (the rows' noun at the head of a kind's name, the
 * events dates record, estimates beside actuals, numbered things, kinds of the things counted, numbers inside values,
 * the share of one flag), each checked on a held-out dataset and on a garage's job sheet built here.
 */
class RepairsKegsAndEventsTest {

    /** A garage's job sheet: one row per job, with the shapes the rounds' files had under other names. */
    private static final DatasetSchema GARAGE = Schemas.of(
            30_000,
            Schemas.text("Job Ref", 30_000, "G-1", "G-2"),
            Schemas.date("Booked Dt", "2024-01-01", "2025-06-30"),
            new ColumnSchema("Collected Dt", "date", null, 500, 4_000, null, "2024-01-02", "2025-06-30"),
            Schemas.category("Status", "Booked", "In Progress", "Collected", "Cancelled"),
            Schemas.category("Service Channel", "Phone", "Web", "Walk-in"),
            Schemas.category("Mechanic", "Ann", "Bo", "Cy"),
            Schemas.integer("Bay No", 6, "1", "6"),
            new ColumnSchema("Ramp No", "category", null, 40, 0, List.of("R01", "R02", "R03"), null, null),
            Schemas.money("Est Labour (£)"),
            Schemas.money("Actual Labour (£)"),
            Schemas.integer("Service Time (mins)", 200, "5", "480"),
            Schemas.integer("Delay (mins)", 100, "0", "300"),
            Schemas.category("Delay Reason", "Parts", "Staff", "Customer"),
            Schemas.category("Diagnosis Reason", "Noise", "Warning Light"),
            Schemas.integer("Damage Gr", 5, "1", "5"),
            Schemas.category("Oil Grade", "Oil 5 l can", "Oil 20 l drum"),
            Schemas.flag("Courtesy Car"));

    @Test
    void a_plural_at_the_head_of_a_kinds_name_is_the_rows() {
        ChartSpec repairs = ask("repairorders", "repairs by trade");
        assertThat(repairs.chartType()).isEqualTo("bar");
        assertThat(repairs.series()).isNull();
        assertThat(ask("carwashtxns", "washes by subscription plan").series()).isNull();
        ChartSpec services = ask(GARAGE, "services by mechanic");
        assertThat(services.x()).isEqualTo("Mechanic");
        assertThat(services.series()).isNull();
        // Before a measure, the word says what the amount is of.
        ChartSpec spend = ask("repairorders", "total repair spend");
        assertThat(spend.chartType()).isEqualTo("kpi");
        assertThat(spend.y()).containsExactly("Actual Cost (£)");
    }

    @Test
    void a_participle_naming_a_date_is_the_event_it_records() {
        ChartSpec raised = ask("repairorders", "repairs raised per month");
        assertThat(raised.x()).isEqualTo("Raised Dt");
        assertThat(raised.filters()).isNullOrEmpty();
        assertThat(ask("repairorders", "how many emergency jobs were raised").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Priority");
        ChartSpec kicked = ask("keglines", "kegs kicked per week");
        assertThat(kicked.x()).isEqualTo("KICKED_DT");
        assertThat(kicked.timeGrain()).isEqualTo("week");
        assertThat(ask(GARAGE, "jobs booked per week").x()).isEqualTo("Booked Dt");
        // An event only some rows have had is still told by the status when no time is asked for.
        assertThat(ask(GARAGE, "top 3 mechanics by number of jobs collected").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Status");
    }

    @Test
    void an_estimate_gives_way_to_the_actual_beside_it() {
        assertThat(ask("repairorders", "total spend by contractor").y()).containsExactly("Actual Cost (£)");
        assertThat(ask("repairorders", "how many jobs went over £5k").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Actual Cost (£)");
        assertThat(ask(GARAGE, "total labour by mechanic").y()).containsExactly("Actual Labour (£)");
        assertThat(ask(GARAGE, "estimated labour by mechanic").y()).containsExactly("Est Labour (£)");
    }

    @Test
    void names_short_for_what_is_typed() {
        assertThat(ask("keglines", "median sales value by keg size").x()).isEqualTo("KEG_SIZE [L]");
        ChartSpec grade = ask("aelistings", "how many grade 3 or higher events");
        assertThat(grade.filters()).extracting(ChartSpec.Filter::column).containsExactly("CTCAE Gr");
        assertThat(ask(GARAGE, "jobs with damage grade 4 or more").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Damage Gr");
        ChartSpec evaluations = ask("qascores", "evaluations per month");
        assertThat(evaluations.aggregation()).isEqualTo("count_distinct");
        assertThat(evaluations.y()).containsExactly("eval_id");
        // A word only a suffix longer than an id's name is another word.
        assertThat(ask("museum", "visitors by booking channel").aggregation()).isEqualTo("count");
    }

    @Test
    void a_cost_is_not_what_the_rows_take_in() {
        ChartSpec libraries = ask("illrequests", "top 10 lending libraries");
        assertThat(libraries.aggregation()).isEqualTo("count");
        assertThat(libraries.y()).isNullOrEmpty();
    }

    @Test
    void counted_things_and_numbered_things() {
        ChartSpec washes = ask("carwashtxns", "weekly wash count at Leeds Kirkstall Rd");
        assertThat(washes.aggregation()).isEqualTo("count");
        assertThat(ask(GARAGE, "weekly service count").aggregation()).isEqualTo("count");
        ChartSpec lane = ask("carwashtxns", "which lane is busiest");
        assertThat(lane.chartType()).isEqualTo("bar");
        assertThat(lane.x()).isEqualTo("Lane_No");
        assertThat(ask(GARAGE, "which bay is busiest").x()).isEqualTo("Bay No");
        assertThat(ask("keglines", "list kegs with more than 10 litres waste").x())
                .isNull();
        assertThat(ask(GARAGE, "list ramps with more than 60 mins delay").x()).isNull();
    }

    @Test
    void a_units_number_measures_the_name_after_it() {
        ChartSpec rest = ask("crewduties", "list duties with less than 12h rest before");
        assertThat(rest.chartType()).isEqualTo("table");
        assertThat(rest.filters()).extracting(ChartSpec.Filter::column).containsExactly("Rest Before [h]");
        assertThat(ask("keglines", "total waste in litres").y()).containsExactly("WASTE [L]");
    }

    @Test
    void what_asked_of_kept_rows_lists_them() {
        assertThat(ask("keglines", "what's on tap right now").chartType()).isEqualTo("table");
        assertThat(ask("tickets", "what are the open tickets").chartType()).isEqualTo("table");
        assertThat(ask("tickets", "how many open tickets").chartType()).isEqualTo("kpi");
    }

    @Test
    void kinds_of_the_things_counted() {
        ChartSpec delays = ask("pilotagejobs", "delays by reason");
        assertThat(delays.aggregation()).isEqualTo("count");
        assertThat(delays.y()).isNullOrEmpty();
        assertThat(ask(GARAGE, "delays by delay reason").aggregation()).isEqualTo("count");
        ChartSpec unfilled = ask("illrequests", "reasons requests were unfilled");
        assertThat(unfilled.x()).isEqualTo("UNFILLED_REASON");
        assertThat(unfilled.filters()).isNullOrEmpty();
        assertThat(ask(GARAGE, "reasons jobs needed diagnosis").x()).isEqualTo("Diagnosis Reason");
    }

    @Test
    void a_number_and_unit_inside_one_value() {
        ChartSpec arm = PlannerCases.ask("aelistings", "AEs by SOC", "only the 80 mg arm");
        assertThat(arm.x()).isEqualTo("SOC");
        assertThat(arm.filters()).extracting(ChartSpec.Filter::value).containsExactly("Drug X 80 mg");
        assertThat(ask(GARAGE, "jobs using the 20 l drum").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Oil 20 l drum");
    }

    @Test
    void the_share_of_one_flag_is_both_its_sides() {
        assertThat(ask("pilotagejobs", "share of night moves").chartType()).isEqualTo("pie");
        assertThat(ask(GARAGE, "share of courtesy car jobs").chartType()).isEqualTo("pie");
        // Asked with "what share" too: held-out writers wanted both sides five times in six (rounds 24-77).
        assertThat(ask(GARAGE, "what share of jobs had a courtesy car").chartType())
                .isEqualTo("pie");
    }
}
