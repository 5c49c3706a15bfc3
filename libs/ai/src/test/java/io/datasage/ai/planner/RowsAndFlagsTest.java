package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 28 of the held-out questions called for (a word before an hour or a week column names the rows, a
 * participle's noun, money words and capital multipliers, an abbreviated or initialled yes/no column before the rows,
 * a statistics word naming a grouping column, the doer of each row and the file's subject standing for the rows),
 * each checked on a held-out dataset and on a schema built here.
 */
class RowsAndFlagsTest {

    /** Ambulance call-outs: no id per call, a call date and hour, a participle count, flags, money in dollars. */
    private static final DatasetSchema CALLOUTS = Schemas.of(
            120000,
            Schemas.date("Callout Date", "2022-01-01", "2024-12-31"),
            Schemas.integer("Callout Hour", 24, "0", "23"),
            Schemas.category("District", "North", "South", "Harbour"),
            Schemas.integer("Crew Injured", 6, "0", "5"),
            Schemas.flag("Cardiac Arrest"),
            Schemas.flag("Mass Casualty Incident"),
            Schemas.money("Billed Charge"),
            Schemas.category("Response Quartile", "Q1", "Q2", "Q3", "Q4"),
            Schemas.number("Response Min", "1", "90"));

    @Test
    void a_word_before_a_date_and_an_hour_column_names_the_rows() {
        ChartSpec callouts = ask(CALLOUTS, "callouts by district");
        assertThat(callouts.aggregation()).isEqualTo("count");
        assertThat(callouts.y()).isNullOrEmpty();
        ChartSpec crashes = ask("collisions", "crashes by borough");
        assertThat(crashes.x()).isEqualTo("Borough");
        assertThat(crashes.aggregation()).isEqualTo("count");
        assertThat(crashes.y()).isNullOrEmpty();
    }

    @Test
    void a_participle_in_a_name_reads_as_its_noun() {
        ChartSpec crew = ask(CALLOUTS, "total injuries per district");
        assertThat(crew.y()).containsExactly("Crew Injured");
        ChartSpec injuries = ask("collisions", "total injuries by contributing factor");
        assertThat(injuries.y()).containsExactly("Persons Injured");
        assertThat(injuries.aggregation()).isEqualTo("sum");
    }

    @Test
    void funding_and_dollars_mean_the_money_total_and_a_capital_multiplier_scales_money() {
        assertThat(ask(CALLOUTS, "dollars by district").y()).containsExactly("Billed Charge");
        assertThat(ask("grants", "total funding by agency").y()).containsExactly("Award Amount ($)");
        assertThat(ask("grants", "grants over $1M per year").filters())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.column()).isEqualTo("Award Amount ($)");
                    assertThat(((Number) f.value()).doubleValue()).isEqualTo(1_000_000);
                });
    }

    @Test
    void an_abbreviated_or_initialled_flag_before_the_rows_is_a_condition() {
        assertThat(ask(CALLOUTS, "MCI callouts per month").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Mass Casualty Incident"));
        assertThat(ask(CALLOUTS, "card callouts by district").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Cardiac Arrest"));
        assertThat(ask("collisions", "ped crashes per month").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Pedestrian Involved?"));
    }

    @Test
    void a_statistics_word_after_by_can_name_a_grouping_column() {
        assertThat(ask(CALLOUTS, "response min spread by quartile").x()).isEqualTo("Response Quartile");
        assertThat(ask("publications", "fwci spread by quartile").x()).isEqualTo("Journal Quartile");
    }

    @Test
    void the_doer_of_each_row_and_the_files_subject_stand_for_the_rows() {
        DatasetSchema rides = Schemas.of(
                300000,
                Schemas.text("ride_id", 300000, "R-1", "R-2"),
                Schemas.date("Ride Date", "2023-01-01", "2024-12-31"),
                Schemas.category("Rider Zone", "Central", "Outer"),
                Schemas.number("Ride Minutes", "1", "240"));
        ChartSpec riders = ask(rides, "monthly rider trend");
        assertThat(riders.chartType()).isEqualTo("line");
        assertThat(riders.series()).isNull();
        assertThat(ask(rides, "ride minutes grouped by rider zone").x()).isEqualTo("Rider Zone");
        ChartSpec visitors = ask("museum", "monthly visitor trend");
        assertThat(visitors.series()).isNull();
        ChartSpec dwell = ask("museum", "avg time spent in the museum by ticket type");
        assertThat(dwell.x()).isEqualTo("Ticket Type");
        assertThat(dwell.series()).isNull();
    }
}
