package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 47 of the held-out questions called for (a "param" column of metrics with electrical units, a
 * metric spelt by its initials or misspelt, a listed condition on a measure), each checked on a held-out dataset and
 * on a schema built here.
 */
class ParamsAndListedConditionsTest {

    /** Solar inverter tests in long form: a param column with units glued on, one reading each; sessions with a delay. */
    private static final DatasetSchema INVERTERS = Schemas.of(
            800,
            Schemas.category("unit_sn", "INV-1", "INV-2", "INV-3"),
            Schemas.category("site", "North", "South"),
            Schemas.date("test_dt", "2024-01-01", "2024-12-31"),
            Schemas.category("param", "output_kW", "efficiency_pct", "dc_voltage_V", "max_temp_C"),
            Schemas.number("reading", "0", "900"),
            Schemas.number("DELAY_MINS", "0", "120"));

    @Test
    void a_param_column_names_metrics_whatever_unit_is_glued_on() {
        ChartSpec output = ask(INVERTERS, "avg output by site");
        assertThat(output.y()).containsExactly("reading");
        assertThat(output.filters()).extracting(ChartSpec.Filter::value).containsExactly("output_kW");
        assertThat(ask("batterytests", "capacity spread by chemistry").chartType())
                .isEqualTo("box");
    }

    @Test
    void a_metric_may_be_misspelt_or_spelt_by_its_initials() {
        assertThat(ask(INVERTERS, "avg max temprature by month").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("max_temp_C");
        assertThat(ask(INVERTERS, "direct current voltage distribution").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("dc_voltage_V");
        assertThat(ask("batterytests", "internal resistance distribution").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("ir_mOhm");
        assertThat(ask("batterytests", "avg IR by rig").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("ir_mOhm");
    }

    @Test
    void a_list_whose_one_measure_is_its_condition_lists_the_rows() {
        assertThat(ask(INVERTERS, "list tests that ran more than 30 min of delay")
                        .chartType())
                .isEqualTo("table");
        assertThat(ask("opsessions", "list sessions that started more than 30 min late")
                        .chartType())
                .isEqualTo("table");
    }
}
