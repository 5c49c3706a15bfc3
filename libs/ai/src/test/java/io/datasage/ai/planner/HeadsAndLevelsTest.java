package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 26 of the held-out questions called for (words before the rows' own noun describe the rows, a
 * heatmap against a few levels counts, an upper-case word inside a longer name read from its initials, a date
 * named only by its qualifier gives way to the thing itself, "never" negates as "not" does), each checked on other
 * questions than the held-out file's, on a held-out dataset and on a schema built here.
 */
class HeadsAndLevelsTest {

    /** Help-desk incidents: an id per incident, a count of affected users, a level of 1-4, a date named by its shop. */
    private static final DatasetSchema INCIDENTS = Schemas.of(
            50000,
            Schemas.text("incident_id", 50000, "INC-1", "INC-2"),
            Schemas.date("ShopDate", "2023-01-01", "2024-12-31"),
            Schemas.category("Shop Name", "Central", "Harbour", "Airport"),
            Schemas.category("Channel", "Phone", "Chat", "Email"),
            Schemas.integer("userCount", 9, "1", "9"),
            Schemas.integer("Priority Level", 4, "1", "4"),
            Schemas.number("Mean Time To Repair MTTR (h)", "0", "96"));

    @Test
    void words_before_the_rows_own_noun_describe_the_rows() {
        ChartSpec incidents = ask(INCIDENTS, "user incidents by channel");
        assertThat(incidents.x()).isEqualTo("Channel");
        assertThat(incidents.aggregation()).isEqualTo("count");
        assertThat(incidents.y()).isNullOrEmpty();
        ChartSpec reports = ask("baggage", "number of bag reports per carrier name");
        assertThat(reports.aggregation()).isEqualTo("count");
        assertThat(reports.y()).isNullOrEmpty();
        // A generic row noun keeps the words before it: "pressure readings" are the pressure.
        assertThat(ask("sensors", "pressure readings by sensor").y()).containsExactly("pressure_hpa");
    }

    @Test
    void a_heatmap_against_a_few_levels_counts_the_rows_in_each_cell() {
        ChartSpec levels = ask(INCIDENTS, "heatmap of channel vs priority level");
        assertThat(levels.chartType()).isEqualTo("heatmap");
        assertThat(levels.x()).isEqualTo("Channel");
        assertThat(levels.series()).isEqualTo("Priority Level");
        assertThat(levels.aggregation()).isEqualTo("count");
        ChartSpec grades = ask("trials", "heatmap of phase vs CTCAE grade");
        assertThat(grades.chartType()).isEqualTo("heatmap");
        assertThat(grades.series()).isEqualTo("CTCAE Grade");
    }

    @Test
    void an_upper_case_word_in_a_longer_name_is_read_from_its_initials() {
        assertThat(ask(INCIDENTS, "average mean time to repair by shop name").y())
                .containsExactly("Mean Time To Repair MTTR (h)");
        assertThat(ask("trials", "events per system organ class").x()).isEqualTo("MedDRA SOC");
        // Two letters are no acronym: "flights longer" is not FL_DATE.
        assertThat(ask("flights", "avg arrival delay for flights longer than 2000 miles")
                        .chartType())
                .isEqualTo("kpi");
    }

    @Test
    void never_negates_a_yes_no_condition_as_not_does() {
        DatasetSchema escalations = Schemas.of(
                8000,
                Schemas.text("incident_id", 8000, "INC-1", "INC-2"),
                Schemas.category("Channel", "Phone", "Chat", "Email"),
                Schemas.flag("Escalated"));
        ChartSpec never = ask(escalations, "incidents that were never escalated by channel");
        assertThat(never.filters()).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("Escalated");
            assertThat(f.value()).isEqualTo(false);
        });
        assertThat(ask("baggage", "how many reports where the bag was never found")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(false));
    }

    @Test
    void a_date_named_only_by_its_qualifier_gives_way_to_the_thing() {
        assertThat(ask(INCIDENTS, "heatmap of shop vs channel").x()).isEqualTo("Shop Name");
        assertThat(ask("attendance", "heatmap of school vs gender").x()).isEqualTo("School Name");
    }
}
