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
 * The rules round 37 of the held-out questions called for (the verb of the usual outcome, metrics in a long table,
 * a misspelt or reordered metric, a row id abbreviating the rows' noun, a flag's name after "each", amounts after a
 * participle), each checked on a held-out dataset and on a schema built here.
 */
class MetricsAndAbbreviationsTest {

    /** Building inspections: INSP_ID one per row, a type and a date that abbreviate it, a status mostly Passed. */
    private static final DatasetSchema INSPECTIONS = Schemas.of(
            20000,
            Schemas.text("INSP_ID", 20000, "I-1", "I-20000"),
            Schemas.date("ENTERED_DT", "2022-01-01", "2024-12-31"),
            Schemas.date("INSP_DT", "2022-01-01", "2024-12-31"),
            Schemas.category("INSP_TYPE", "Fire", "Gas", "Electrical"),
            Schemas.category("Store", "Leeds", "York", "Hull"),
            Schemas.category("Status", "Passed", "Failed", "Deferred"),
            Schemas.number("Sheets", "1", "400"),
            Schemas.money("Fee"),
            new ColumnSchema("Store Closed", "category", null, 2, 0, List.of("No", "Yes"), null, null));

    /** Site metrics in long form: one row per site, month and indicator, one column of values. */
    private static final DatasetSchema METRICS = Schemas.of(
            5000,
            Schemas.date("Period", "2021-01-01", "2024-12-01"),
            Schemas.category("Site", "North", "South", "East"),
            Schemas.category(
                    "Indicator", "Electricity Use (kWh)", "Staff (FTE)", "Water Withdrawn (m3)", "Spills (count)"),
            Schemas.number("Value", "0", "900000"),
            Schemas.number("Target Value", "0", "900000"));

    @Test
    void the_verb_of_the_usual_outcome_keeps_every_row() {
        assertThat(ask(INSPECTIONS, "pass fee by store").filters()).isNull();
        assertThat(ask(INSPECTIONS, "total sheets passed per store").filters()).isNull();
        assertThat(ask(INSPECTIONS, "passed inspections by store").filters())
                .extracting("column", "value")
                .containsExactly(tuple("Status", "Passed"));
        assertThat(ask("printjobs", "print spend by site").filters()).isNull();
        assertThat(ask("printjobs", "total pages printed per dept").filters()).isNull();
    }

    @Test
    void a_metric_named_in_a_long_table_is_measured_by_its_values() {
        ChartSpec power = ask(METRICS, "electricity by site");
        assertThat(power.y()).containsExactly("Value");
        assertThat(power.aggregation()).isEqualTo("sum");
        assertThat(power.filters())
                .extracting("column", "value")
                .containsExactly(tuple("Indicator", "Electricity Use (kWh)"));
        assertThat(ask(METRICS, "staff (FTE) by site").aggregation()).isEqualTo("mean");
        ChartSpec esg = ask("esgmetrics", "scope 1 emissions by facility");
        assertThat(esg.y()).containsExactly("Value");
        assertThat(esg.aggregation()).isEqualTo("sum");
        assertThat(ask("esgmetrics", "avg headcount (FTE) by country").aggregation())
                .isEqualTo("mean");
    }

    @Test
    void a_metric_misspelt_or_in_another_order_is_still_that_metric() {
        assertThat(ask(METRICS, "monthly electricty use").filters())
                .extracting("value")
                .containsExactly("Electricity Use (kWh)");
        assertThat(ask(METRICS, "withdrawn water per month").filters())
                .extracting("value")
                .containsExactly("Water Withdrawn (m3)");
        assertThat(ask("esgmetrics", "monthly electricty consumption").filters())
                .extracting("value")
                .containsExactly("Electricity (kWh)");
        assertThat(ask("esgmetrics", "quarterly landfill waste").filters())
                .extracting("value")
                .containsExactly("Waste to Landfill (t)");
    }

    @Test
    void a_plural_the_row_id_abbreviates_counts_the_rows_by_their_own_date() {
        ChartSpec monthly = ask(INSPECTIONS, "inspections per month");
        assertThat(monthly.x()).isEqualTo("INSP_DT");
        assertThat(monthly.series()).isNull();
        assertThat(monthly.y()).isNullOrEmpty();
        assertThat(ask(INSPECTIONS, "fails per quarter").x()).isEqualTo("INSP_DT");
        ChartSpec hearings = ask("courthearings", "monthly hearing volume");
        assertThat(hearings.x()).isEqualTo("HEARING_DT");
        assertThat(hearings.series()).isNull();
        assertThat(ask("courthearings", "trials per quarter at central london").x())
                .isEqualTo("HEARING_DT");
        assertThat(ask("courthearings", "remote vs in-person hearings, share as pie")
                        .x())
                .isEqualTo("REMOTE_YN");
    }

    @Test
    void a_flag_named_after_a_grouped_column_splits_into_the_group_and_the_condition() {
        ChartSpec stores = ask(INSPECTIONS, "how many days was each store closed");
        assertThat(stores.x()).isEqualTo("Store");
        assertThat(stores.filters()).extracting("column", "value").containsExactly(tuple("Store Closed", "Yes"));
        ChartSpec sites = ask("sitediary", "how many days was each site closed");
        assertThat(sites.x()).isEqualTo("Site");
        assertThat(sites.filters()).extracting("column", "value").containsExactly(tuple("Site Closed?", "Yes"));
    }

    @Test
    void a_measure_followed_by_a_participle_adds_up() {
        assertThat(ask(INSPECTIONS, "sheets printed by store").aggregation()).isEqualTo("sum");
        assertThat(ask(INSPECTIONS, "sheets by store").aggregation()).isEqualTo("mean");
        assertThat(ask("printjobs", "top 5 users by pages printed").aggregation())
                .isEqualTo("sum");
    }
}
