package io.datasage.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The designer on datasets of different shapes: every tile renders from real columns (the engine refuses any
 * other), skewed measures are clipped or drawn on a log axis, and the main breakdown is the one that explains most.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class DesignShapesTest {

    private final String token = TestTokens.valid("shapes-" + UUID.randomUUID());

    @Test
    void everyShapeGetsADashboardWhoseTilesAllRender() throws Exception {
        Map<String, String> shapes = Map.of(
                "no date",
                        "Region,Segment,Sales\n"
                                + rows(
                                        60,
                                        r -> pick(r, "West", "East") + "," + pick(r, "A", "B", "C") + ","
                                                + r.nextInt(500)),
                "no numeric column",
                        "Name,City,Status\n"
                                + rows(
                                        60,
                                        r -> "n" + r.nextInt(40) + "," + pick(r, "Paris", "Lyon") + ","
                                                + pick(r, "open", "closed")),
                "one column", "Comment\n" + rows(30, r -> "note " + r.nextInt(10)),
                "200 columns", wide(200, 40),
                "all-null columns", "A,B,C,D\n" + rows(20, r -> ",,," + r.nextInt(3)));
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            String id = TestDatasets.ready(token, shape.getKey(), shape.getValue());
            JsonPath d = Dashboards.design(token, id).jsonPath();
            List<String> types = d.getList("components.type");
            assertThat(types).as(shape.getKey()).contains("kpi", "table");
            assertThat(d.getList("components.error")).as(shape.getKey()).allMatch(e -> e == null);
            assertThat(d.getList("components.figure")).as(shape.getKey()).allMatch(f -> f != null);
            assertThat(d.getList("components.title", String.class))
                    .as(shape.getKey())
                    .allMatch(t -> t.length() <= 40);
        }
    }

    @Test
    void theTableSumsOnlyWhatAddsUp() throws Exception {
        // Sales and Quantity add up per region; a unit price does not, so it stays out of the summed table.
        String csv = "Region,Sales,Unit Price,Quantity\n"
                + rows(
                        80,
                        r -> pick(r, "West", "East", "North") + "," + (10 + r.nextInt(900)) + "," + (5 + r.nextInt(40))
                                + "." + r.nextInt(10) + "," + (1 + r.nextInt(9)));
        String id = TestDatasets.ready(token, "Priced orders", csv);
        JsonPath d = Dashboards.design(token, id).jsonPath();
        int table = d.getList("components.type").indexOf("table");
        assertThat(d.getString("components[" + table + "].spec.aggregation")).isEqualTo("sum");
        assertThat(d.getList("components[" + table + "].spec.y", String.class))
                .contains("Sales")
                .doesNotContain("Unit Price");
    }

    @Test
    void theMainBreakdownExplainsMostAndSkewIsTamed() throws Exception {
        // Sales depends on Region (x1, x3, x10), not on Ship Status, and is heavily right-skewed.
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("Order Date,Ship Status,Region,Sales\n");
        String[] regions = {"North", "South", "West"};
        double[] scale = {1, 3, 10};
        for (int i = 0; i < 3000; i++) {
            int region = random.nextInt(3);
            double sales = Math.round(scale[region] * Math.exp(random.nextGaussian() * 1.2) * 100) / 100.0 + 0.01;
            csv.append("2024-")
                    .append(String.format("%02d", 1 + random.nextInt(12)))
                    .append("-01,")
                    .append(pick(random, "Shipped", "Pending", "Returned"))
                    .append(',')
                    .append(regions[region])
                    .append(',')
                    .append(sales)
                    .append('\n');
        }
        String id = TestDatasets.ready(token, "Orders", csv.toString());
        JsonPath d = Dashboards.design(token, id).jsonPath();
        assertThat(d.getString("explanation"))
                .contains("Region is the main breakdown")
                .contains("Ship Status (");
        assertThat(d.getString("pattern")).isEqualTo("executive");
        assertThat(d.getList("components.title", String.class)).contains("Sales by Region");
        assertThat(d.getList("insights", String.class))
                .first()
                .asString()
                .matches("Region West contributes \\d+\\.\\d% of all Sales \\([\\d,.]+ of [\\d,.]+\\)\\.");
        List<Map<String, Object>> components = d.getList("components");
        Map<String, Object> histogram = components.stream()
                .filter(c -> "histogram".equals(((Map<?, ?>) c.get("spec")).get("chart_type")))
                .findFirst()
                .orElseThrow();
        assertThat(((Map<?, ?>) histogram.get("display")).get("clip_above")).isNotNull();
        assertThat((List<?>) histogram.get("notes"))
                .anySatisfy(n -> assertThat((String) n).contains("above"));
        assertThat(components).anySatisfy(c -> assertThat(c.get("display")).isEqualTo(Map.of("value_scale", "log")));
    }

    private static String wide(int columns, int rows) {
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            csv.append(c == 0 ? "" : ",").append(c % 3 == 0 ? "group_" + c : "value_" + c);
        }
        csv.append('\n');
        Random random = new Random(5);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                csv.append(c == 0 ? "" : ",").append(c % 3 == 0 ? "g" + random.nextInt(4) : random.nextInt(1000));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String rows(int n, java.util.function.Function<Random, String> row) {
        Random random = new Random(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(row.apply(random)).append('\n');
        }
        return out.toString();
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
