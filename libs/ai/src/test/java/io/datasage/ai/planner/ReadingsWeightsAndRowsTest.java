package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules round 45 of the held-out questions called for (a metric beside its unit, readings as the rows, the net
 * weight, more version words, initials ending in a partial name, rows before "where", ids abbreviated, distinct
 * days, actions beside agents, hyphenated negation), each checked on a held-out dataset and on a schema built here.
 */
class ReadingsWeightsAndRowsTest {

    /** Boiler-room checks in long form beside weighed deliveries of a school estate. */
    private static final DatasetSchema BOILERS = Schemas.of(
            700,
            new ColumnSchema("insp_id", "category", null, 300, 0, List.of("I1", "I2"), null, null),
            Schemas.category("School", "Hill", "Vale", "Brook"),
            Schemas.date("Check Date", "2024-01-01", "2024-12-31"),
            Schemas.category("Measure", "Flow Temp", "Return Temp", "Pressure", "ppm"),
            Schemas.number("Result", "0", "90"),
            Schemas.category("Unit", "°C", "bar", "ppm"),
            Schemas.category("Within Limits", "TRUE", "FALSE"),
            Schemas.category("Checked By", "AB", "CD"),
            Schemas.number("Gross (kg)", "5000", "30000"),
            Schemas.number("Tare (kg)", "5000", "15000"),
            Schemas.number("Net (kg)", "0", "15000"),
            Schemas.number("Oil Planned (l)", "0", "900"),
            Schemas.number("Oil Used (l)", "0", "900"),
            Schemas.number("SAT_C", "-10", "30"),
            Schemas.number("BOILER_TEMP_C", "20", "90"));

    @Test
    void a_metric_beats_the_unit_that_shares_its_name() {
        assertThat(ask(BOILERS, "avg ppm by school").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Measure");
        assertThat(ask("poolchecks", "avarage pH by site").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Parameter");
    }

    @Test
    void the_plural_of_the_values_column_is_the_rows() {
        ChartSpec results = ask(BOILERS, "results per month");
        assertThat(results.aggregation()).isEqualTo("count");
        assertThat(results.y()).isNullOrEmpty();
        assertThat(ask("poolchecks", "list readings out of range").chartType()).isEqualTo("table");
    }

    @Test
    void the_net_of_weights_with_a_tare_is_a_plain_weight() {
        assertThat(ask(BOILERS, "tonnage by school").y()).containsExactly("Net (kg)");
        assertThat(ask("weighbridge", "tonnage by wast stream").y()).containsExactly("Net (kg)");
    }

    @Test
    void scheduled_and_used_are_versions_of_an_amount() {
        assertThat(ask(BOILERS, "oil planned vs used by school").chartType()).isEqualTo("grouped_bar");
        assertThat(ask("grittingruns", "salt planned vs used by season").chartType())
                .isEqualTo("grouped_bar");
    }

    @Test
    void an_initialism_may_end_in_a_word_that_only_partly_names_another_column() {
        assertThat(ask(BOILERS, "oil used against supply air temp").x()).isEqualTo("SAT_C");
        assertThat(ask("grittingruns", "salt used against road surface temp").x())
                .isEqualTo("RST_C");
    }

    @Test
    void a_plural_before_where_names_the_rows_to_list() {
        assertThat(ask(BOILERS, "checks where within limits is false").chartType())
                .isEqualTo("table");
        assertThat(ask("grittingruns", "runs where a breakdown happened").chartType())
                .isEqualTo("table");
    }

    @Test
    void a_counted_plural_abbreviated_by_a_repeating_id_counts_it() {
        ChartSpec inspections = ask(BOILERS, "monthly count of inspections");
        assertThat(inspections.aggregation()).isEqualTo("count_distinct");
        assertThat(inspections.y()).containsExactly("insp_id");
        assertThat(ask("ortholines", "monthly count of appointments").y()).containsExactly("appt_id");
    }

    @Test
    void distinct_days_are_the_dates_and_a_participle_alone_is_the_action() {
        ChartSpec days = ask(BOILERS, "how many distinct days was each school checked");
        assertThat(days.y()).containsExactly("Check Date");
        assertThat(days.series()).isNull();
        assertThat(ask("poolchecks", "how many distinct days was each site tested")
                        .aggregation())
                .isEqualTo("count_distinct");
    }

    @Test
    void out_of_hyphenated_negates_a_flag() {
        assertThat(ask("poolchecks", "top 3 testers by out-of-range readings").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("FALSE");
    }
}
