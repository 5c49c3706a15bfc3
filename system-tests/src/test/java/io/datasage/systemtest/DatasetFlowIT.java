package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.datasage.bench.SalesCsvGenerator;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Upload to READY through the gateway, then profile, preview, charts, search and deletion on the running stack. */
class DatasetFlowIT {

    private static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.get();
        RestAssured.baseURI = topology.gatewayUrl();
    }

    @Test
    void aLatin1CsvWithUsDatesIsProfiledChartedSearchedAndDeleted() throws Exception {
        String token = Api.newUser();
        String csv = "Order Date;Region;Product;Sales;Units\r\n"
                + "12/30/17;Île-de-France;Crème brûlée;1 234,50;3\r\n"
                + "01/02/18;Provence;Café;99,90;1\r\n"
                + "02/15/18;Île-de-France;Thé;-12,00;7\r\n"
                + "03/01/18;Bretagne;Café;10,00;2\r\n";
        String id = Api.upload(token, "ventes.csv", csv.getBytes(Charset.forName("windows-1252")));
        JsonPath d = Api.awaitDone(token, id, Duration.ofSeconds(60));
        assertThat(d.getString("status")).isEqualTo("READY");
        assertThat(d.getInt("row_count")).isEqualTo(4);
        assertThat(d.getList("columns.type")).containsExactly("date", "category", "category", "decimal", "integer");
        assertThat(d.getString("profile.source.encoding")).isEqualTo("windows-1252");
        assertThat(d.getString("profile.column_profiles[0].temporal.min")).isEqualTo("2017-12-30");

        given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id + "/preview?rows=2")
                .then()
                .statusCode(200)
                .body("rows[0][2]", equalTo("Crème brûlée"));

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "dataset_id", id, "spec", Map.of("chart_type", "bar", "x", "region", "y", List.of("sales"))))
                .post("/api/charts")
                .then()
                .statusCode(200)
                .body("figure.data[0].x[0]", equalTo("Île-de-France"))
                .body("rows[0].Region", equalTo("Île-de-France"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth()
                .oauth2(token)
                .get("/api/search/datasets?q=french dessert sales by region")
                .then()
                .statusCode(200)
                .body("results.dataset_id", hasItem(id)));

        given().auth().oauth2(token).delete("/api/datasets/" + id).then().statusCode(204);
        given().auth().oauth2(token).get("/api/datasets/" + id).then().statusCode(404);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(given().auth()
                        .oauth2(token)
                        .get("/api/search/datasets?q=sales")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("results.dataset_id"))
                .doesNotContain(id));
    }

    @Test
    void progressStreamsThroughTheGatewayUntilReady() throws Exception {
        String token = Api.newUser();
        Path csv = SalesCsvGenerator.write(topology.dataDir().resolveSibling("sales-300k.csv"), 300_000);
        String id = Api.upload(token, "sales.csv", Files.readAllBytes(csv));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(topology.gatewayUrl() + "/api/datasets/" + id + "/events"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(120))
                .build();
        CompletableFuture<List<String>> events = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(r -> r.body().filter(l -> l.startsWith("data:")).collect(Collectors.toList()));
        List<String> lines = events.get(120, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(lines.size() - 1)).contains("\"status\":\"READY\"");
        JsonPath d = Api.awaitDone(token, id, Duration.ofSeconds(10));
        assertThat(d.getLong("row_count")).isEqualTo(300_000);
        assertThat(d.getList("columns.type"))
                .containsExactly(
                        "integer",
                        "date",
                        "datetime",
                        "category",
                        "category",
                        "category",
                        "category",
                        "integer",
                        "decimal",
                        "decimal",
                        "decimal",
                        "decimal");
    }

    @Test
    void aBrokenFileFailsWithAReasonAndTheServiceKeepsWorking() throws Exception {
        String token = Api.newUser();
        given().auth()
                .oauth2(token)
                .multiPart(
                        "file",
                        "photo.csv",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13},
                        "text/csv")
                .post("/api/datasets")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        String broken = Api.upload(token, "broken.xlsx", truncatedWorkbook());
        JsonPath failed = Api.awaitDone(token, broken, Duration.ofSeconds(60));
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure_reason")).isNotBlank();
        String ok = Api.upload(token, "ok.csv", "a,b\n1,2\n".getBytes(Charset.forName("UTF-8")));
        assertThat(Api.awaitDone(token, ok, Duration.ofSeconds(60)).getString("status"))
                .isEqualTo("READY");
    }

    @Test
    void aRealWorkbookIsReadFromItsFirstSheetWithTypes() throws Exception {
        String token = Api.newUser();
        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            var sheet = book.createSheet("Orders");
            var header = sheet.createRow(0);
            String[] names = {"Order Date", "Region", "Amount"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 1; r <= 30; r++) {
                var row = sheet.createRow(r);
                row.createCell(0)
                        .setCellValue(java.time.LocalDate.of(2024, 1, 1).plusDays(r));
                row.getCell(0).setCellStyle(dates);
                row.createCell(1).setCellValue(r % 2 == 0 ? "West" : "East");
                row.createCell(2).setCellValue(r * 10.5);
            }
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("exported");
            book.write(out);
            xlsx = out.toByteArray();
        }
        JsonPath d = Api.awaitDone(token, Api.upload(token, "orders.xlsx", xlsx), Duration.ofSeconds(60));
        assertThat(d.getString("status")).isEqualTo("READY");
        assertThat(d.getInt("row_count")).isEqualTo(30);
        assertThat(d.getList("columns.type")).containsExactly("date", "category", "decimal");
        assertThat(d.getList("profile.source.sheets")).contains("Orders", "Notes");
        assertThat(d.getDouble("profile.column_profiles[2].numeric.sum")).isEqualTo(4882.5);
    }

    /** The first half of a real .xlsx: it looks like a workbook until the worker reads it. */
    private static byte[] truncatedWorkbook() throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Data");
            for (int r = 0; r < 2000; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("row " + r);
                row.createCell(1).setCellValue(r * 1.5);
            }
            book.write(out);
            byte[] full = out.toByteArray();
            return java.util.Arrays.copyOf(full, full.length / 2);
        }
    }
}
