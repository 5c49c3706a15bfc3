package io.datasage.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A chart's rows as CSV with the engine's exact numbers; a dashboard as an HTML file that draws with no network. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class ExportTest {

    private String token;
    private String datasetId;

    @BeforeEach
    void readyDataset() throws Exception {
        token = TestTokens.valid("export-" + UUID.randomUUID());
        datasetId = TestDatasets.ready(
                token,
                "Orders",
                TestDatasets.storeOrders()
                        + "CA-9999,2023-02-02,\"=HYPERLINK(\"\"x\"\")\",</script><b id=pwned>x</b>,Eve,1.5,1,0,0.25\n");
    }

    @Test
    void csvHoldsTheEnginesNumbers() throws Exception {
        String body = "{\"dataset_id\":\"" + datasetId
                + "\",\"spec\":{\"chart_type\":\"bar\",\"x\":\"Region\",\"y\":[\"Sales\"],\"aggregation\":\"sum\"}}";
        JsonPath json = given().config(io.restassured.config.RestAssuredConfig.config()
                        .jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                                .numberReturnType(
                                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/charts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String csv = given().auth()
                .oauth2(token)
                .accept("text/csv")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/charts")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract()
                .asString();
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(csv).stream().toList();
        List<Map<String, Object>> rows = json.getList("rows");
        assertThat(records).hasSize(rows.size() + 1);
        assertThat(records.get(0).getFields())
                .containsExactlyElementsOf(rows.get(0).keySet());
        assertThat(rows).hasSize(5);
        for (int i = 0; i < rows.size(); i++) {
            List<Object> expected = List.copyOf(rows.get(i).values());
            CsvRecord record = records.get(i + 1);
            String region = String.valueOf(expected.get(0));
            assertThat(record.getField(0)).isEqualTo(region.startsWith("=") ? "'" + region : region);
            assertThat(Double.parseDouble(record.getField(1))).isEqualTo(((Number) expected.get(1)).doubleValue());
        }
    }

    @Test
    void theHtmlExportDrawsEveryChartWithNoNetwork() throws Exception {
        String id = Dashboards.design(token, datasetId).path("id");
        List<String> types =
                given().auth().oauth2(token).get("/api/dashboards/" + id).path("components.type");
        String html = given().auth()
                .oauth2(token)
                .get("/api/dashboards/" + id + "/export.html")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".html"))
                .extract()
                .asString();
        // Nothing is fetched: no external script, style, image or frame, and the hostile category stays text.
        // (The inlined Plotly code mentions URLs in its strings; the markup around it must not load any.)
        String markup = html.replaceAll("(?s)<script>.*?</script>", "<script></script>");
        Matcher external =
                Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//").matcher(markup);
        assertThat(external.find()).as("external reference").isFalse();
        assertThat(markup).doesNotContain("<script src", "<link", "<iframe", "<img");
        assertThat(html).doesNotContain("<b id=pwned>").contains("Plotly");

        Path file = Files.createTempFile("dashboard", ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        String dom = chromiumDom(file);
        long charts = types.stream().filter("chart"::equals).count();
        assertThat(count(dom, "class=\"plot js-plotly-plot\"")).isEqualTo(charts);
        assertThat(count(dom, "class=\"kpi-value\""))
                .isEqualTo(types.stream().filter("kpi"::equals).count());
        assertThat(dom).contains("<table>").doesNotContain("<b id=\"pwned\">");
    }

    /** The DOM after the page's scripts ran, in headless Chromium with every network request failing. */
    private static String chromiumDom(Path file) throws Exception {
        Process p = new ProcessBuilder(
                        "chromium",
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--proxy-server=http://127.0.0.1:9",
                        "--host-resolver-rules=MAP * ~NOTFOUND",
                        "--virtual-time-budget=10000",
                        "--dump-dom",
                        file.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static long count(String text, String needle) {
        long n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
