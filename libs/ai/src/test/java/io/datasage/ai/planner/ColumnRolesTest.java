package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the planner infers about columns from their names and profiles. */
class ColumnRolesTest {

    private static final Map<String, DatasetSchema> DATASETS = PlannerCases.datasets();

    private static ColumnInfo column(String dataset, String name) {
        return SchemaIndex.of(DATASETS.get(dataset)).column(name);
    }

    @Test
    void sums_additive_measures_and_averages_the_rest() {
        assertThat(column("sales", "Sales").additive()).isTrue();
        assertThat(column("sales", "Quantity").additive()).isTrue();
        assertThat(column("sales", "Profit").additive()).isTrue();
        assertThat(column("retail", "SALES_AMT").additive()).isTrue();
        assertThat(column("sales", "Discount").additive()).isFalse();
        assertThat(column("retail", "UNIT_PRICE").additive())
                .as("a price next to 'unit' is still a price")
                .isFalse();
        assertThat(column("hr", "Salary").additive()).isFalse();
        assertThat(column("hr", "Age").additive()).isFalse();
        assertThat(column("sensors", "humidity_pct").additive()).isFalse();
        assertThat(column("survey", "nps_score").additive()).isFalse();
        assertThat(column("marketing", "cpc").additive()).isFalse();
        assertThat(column("marketing", "clicks").additive()).isTrue();
    }

    @Test
    void recognises_identifiers_labels_and_free_text() {
        assertThat(column("sales", "Postal Code").role()).isEqualTo(ColumnRole.ID);
        assertThat(column("sales", "Row ID").role()).isEqualTo(ColumnRole.ID);
        assertThat(column("sales", "Order ID").role()).isEqualTo(ColumnRole.ID);
        assertThat(column("sales", "Customer Name").role()).isEqualTo(ColumnRole.LABEL);
        assertThat(column("sales", "Customer Name").entity()).isEqualTo("customer");
        assertThat(column("sensors", "sensor_id").entity()).isEqualTo("sensor");
        assertThat(column("survey", "comments").role()).isEqualTo(ColumnRole.TEXT);
        assertThat(column("hr", "Job Title").role())
                .as("few values: a category, not a label")
                .isEqualTo(ColumnRole.CATEGORY);
    }

    @Test
    void recognises_time_and_yes_no_columns() {
        assertThat(column("cars", "model_year").role()).isEqualTo(ColumnRole.YEAR);
        assertThat(column("cars", "model_year").minDate().getYear()).isEqualTo(1970);
        assertThat(column("hr", "Years at Company").role())
                .as("a duration, not a calendar year")
                .isEqualTo(ColumnRole.MEASURE);
        assertThat(column("housing", "year_built").role()).isEqualTo(ColumnRole.YEAR);
        assertThat(column("hr", "Attrition").role()).isEqualTo(ColumnRole.BOOLEAN);
        assertThat(column("hr", "Attrition").yes()).isEqualTo("Yes");
        assertThat(column("survey", "would_recommend").role()).isEqualTo(ColumnRole.BOOLEAN);
        assertThat(column("hr", "Gender").role()).isEqualTo(ColumnRole.CATEGORY);
    }

    @Test
    void picks_the_event_date_and_the_headline_measure() {
        assertThat(SchemaIndex.of(DATASETS.get("sales")).primaryDate.name()).isEqualTo("Order Date");
        assertThat(SchemaIndex.of(DATASETS.get("retail")).primaryDate.name()).isEqualTo("TxnDate");
        assertThat(SchemaIndex.of(DATASETS.get("sales")).primaryMeasure.name()).isEqualTo("Sales");
        assertThat(SchemaIndex.of(DATASETS.get("hr")).primaryMeasure)
                .as("nothing additive to rank by")
                .isNull();
    }

    @Test
    void knows_which_entities_are_one_per_row() {
        SchemaIndex sales = SchemaIndex.of(DATASETS.get("sales"));
        assertThat(sales.isRowEntity(sales.column("Order ID")))
                .as("an order spans several rows")
                .isFalse();
        SchemaIndex hr = SchemaIndex.of(DATASETS.get("hr"));
        assertThat(hr.isRowEntity(hr.column("Employee ID"))).isTrue();
        assertThat(hr.entityLabel("employee").name()).isEqualTo("Name");
    }
}
