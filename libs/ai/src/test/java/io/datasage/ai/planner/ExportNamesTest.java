package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names as export files spell them: abbreviations (ARR_DELAY), a money total nobody calls sales (line_total), an
 * entity beside a qualified column (order_id, order_status), origin and destination holding the same codes.
 */
class ExportNamesTest {

    private static final DatasetSchema FLIGHTS = new DatasetSchema(
            "flights",
            50000,
            List.of(
                    Schemas.date("FL_DATE", "2023-01-01", "2023-12-31"),
                    Schemas.category("AIRLINE", "Delta Air Lines Inc.", "United Air Lines Inc."),
                    Schemas.category("ORIGIN", "ATL", "LAX", "JFK"),
                    Schemas.category("DEST", "ATL", "LAX", "JFK"),
                    Schemas.number("DEP_DELAY", "-30", "900"),
                    Schemas.number("ARR_DELAY", "-40", "900"),
                    new ColumnSchema("CANCELLED", "integer", null, 2, 0, null, "0", "1")));
    private static final DatasetSchema ORDERS = Schemas.of(
            20000,
            Schemas.text("order_id", 9000, "SO-1", "SO-2"),
            Schemas.date("order_date", "2023-01-01", "2024-06-30"),
            Schemas.category("order_status", "Delivered", "Returned"),
            Schemas.category("country", "Germany", "France"),
            Schemas.integer("quantity", 12, "1", "12"),
            Schemas.money("shipping_cost"),
            Schemas.money("line_total"));
    private static final OfflinePlanner PLANNER = new OfflinePlanner();

    private static ChartSpec plan(String question, DatasetSchema schema) {
        ChartSpec spec = PLANNER.plan(question, schema, null).spec();
        SpecChecks.assertValid(spec, schema);
        return spec;
    }

    @Test
    void reads_abbreviated_names() {
        assertThat(plan("arrival delay distribution", FLIGHTS).x()).isEqualTo("ARR_DELAY");
        // The noun of the event counts the rows where it happened (round 29), over the CANCELLED column.
        ChartSpec cancellations = plan("cancellations by airline", FLIGHTS);
        assertThat(cancellations.aggregation()).isEqualTo("count");
        assertThat(cancellations.filters()).extracting(ChartSpec.Filter::column).containsExactly("CANCELLED");
    }

    @Test
    void tells_origin_from_destination_and_names_a_value_by_its_first_word() {
        assertThat(plan("flights from ATL to LAX", FLIGHTS).filters())
                .containsExactlyInAnyOrder(
                        new ChartSpec.Filter("ORIGIN", "=", "ATL"), new ChartSpec.Filter("DEST", "=", "LAX"));
        assertThat(plan("delta flights per month", FLIGHTS).filters())
                .containsExactly(new ChartSpec.Filter("AIRLINE", "=", "Delta Air Lines Inc."));
    }

    @Test
    void measures_the_money_total_for_revenue_and_counts_orders_by_their_id() {
        ChartSpec revenue = plan("revenue by country", ORDERS);
        assertThat(revenue.y()).containsExactly("line_total");
        assertThat(revenue.aggregation()).isEqualTo("sum");
        ChartSpec orders = plan("orders by country", ORDERS);
        assertThat(orders.y()).containsExactly("order_id");
        assertThat(orders.aggregation()).isEqualTo("count_distinct");
    }
}
