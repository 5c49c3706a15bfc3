package io.datasage.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventSchemas;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The worker against the real broker: uploads in, Arrow + profile + events out; bad files end FAILED with a
 * reason a person understands, and the worker keeps processing the next file.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class AnalysisFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLatin1CsvWithUsDatesBecomesReadyWithCorrectTypes() throws Exception {
        String csv = "Région;Date;Ventes;Quantité\r\n"
                + "Île-de-France;12/30/17;1 234,50;3\r\n"
                + "Provence;01/02/18;99,90;1\r\n"
                + "Bretagne;02/15/18;-12,00;7\r\n";
        String id = WorkerHarness.upload(csv.getBytes(Charset.forName("windows-1252")), "csv");
        String json = WorkerHarness.outcome(id);
        assertThat(EventSchemas.violations(Topics.DATASET_READY, json)).isEmpty();
        DatasetReady ready = EventCodec.read(json, DatasetReady.class).data();
        assertThat(ready.rowCount()).isEqualTo(3);
        assertThat(ready.columns())
                .extracting(DatasetReady.ColumnSummary::name)
                .containsExactly("Région", "Date", "Ventes", "Quantité");
        assertThat(ready.columns())
                .extracting(DatasetReady.ColumnSummary::type)
                .containsExactly("category", "date", "decimal", "integer");

        Path dir = WorkerHarness.storage().resolve(id);
        assertThat(dir.resolve("data.arrow")).exists();
        JsonNode profile = JSON.readTree(dir.resolve("profile.json").toFile());
        assertThat(profile.path("source").path("encoding").asText()).isEqualTo("windows-1252");
        JsonNode date = profile.path("column_profiles").get(1);
        assertThat(date.path("temporal").path("min").asText()).isEqualTo("2017-12-30");
        JsonNode sales = profile.path("column_profiles").get(2);
        assertThat(sales.path("numeric").path("sum").asDouble())
                .isEqualTo(1322.4, org.assertj.core.data.Offset.offset(1e-9));
        JsonNode preview = JSON.readTree(dir.resolve("preview.json").toFile());
        assertThat(preview.path("rows").get(0).get(1).asText()).isEqualTo("2017-12-30");

        List<String> progress =
                TestKafka.awaitValues(Topics.DATASET_PROGRESS, v -> v.contains(id), 1, Duration.ofSeconds(10));
        assertThat(progress).isNotEmpty();
        assertThat(EventSchemas.violations(Topics.DATASET_PROGRESS, progress.get(0)))
                .isEmpty();
    }

    @Test
    void aRealXlsxIsReadFromTheChosenSheet() throws Exception {
        byte[] xlsx = Workbooks.twoSheets();
        String id = WorkerHarness.upload(xlsx, "xlsx", "Orders", 1, null);
        DatasetReady ready =
                EventCodec.read(WorkerHarness.outcome(id), DatasetReady.class).data();
        assertThat(ready.rowCount()).isEqualTo(3);
        assertThat(ready.columns())
                .extracting(DatasetReady.ColumnSummary::type)
                .containsExactly("date", "category", "decimal", "boolean");
    }

    @Test
    void badFilesFailWithAReasonAndTheWorkerGoesOn() throws Exception {
        StringBuilder ragged = new StringBuilder("a,b,c\n");
        for (int i = 0; i < 50; i++) {
            ragged.append(i % 2 == 0 ? "1,2,3\n" : "1,2,3,4,5\n");
        }
        assertFailure(WorkerHarness.upload(ragged.toString().getBytes(StandardCharsets.UTF_8), "csv"), "expected 3");

        StringBuilder wide = new StringBuilder();
        for (int row = 0; row < 2; row++) {
            for (int c = 0; c < 10_000; c++) {
                wide.append(c == 0 ? "" : ",").append(row == 0 ? "c" + c : Integer.toString(c));
            }
            wide.append('\n');
        }
        assertFailure(WorkerHarness.upload(wide.toString().getBytes(StandardCharsets.UTF_8), "csv"), "10,000 columns");

        byte[] hugeField = ("id,notes\n1,\"" + "x".repeat(50 * 1024 * 1024) + "\"\n").getBytes(StandardCharsets.UTF_8);
        assertFailure(WorkerHarness.upload(hugeField, "csv"), "MB");

        assertFailure(WorkerHarness.upload(Workbooks.corrupted(), "xlsx"), "damaged");
        assertFailure(WorkerHarness.upload(zipBomb(), "xlsx"), "zip bomb");

        // The next good file still processes.
        String ok = WorkerHarness.upload("x,y\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8), "csv");
        assertThat(EventCodec.read(WorkerHarness.outcome(ok), DatasetReady.class)
                        .data()
                        .rowCount())
                .isEqualTo(2);
    }

    @Test
    void mixedEncodingsAreReadyWithTheProblemCounted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("city,temp\n".getBytes(StandardCharsets.UTF_8));
        out.write("Zürich,12\n".getBytes(StandardCharsets.UTF_8));
        out.write("Malmö,7\n".getBytes(Charset.forName("windows-1252")));
        String id = WorkerHarness.upload(out.toByteArray(), "csv");
        DatasetReady ready =
                EventCodec.read(WorkerHarness.outcome(id), DatasetReady.class).data();
        assertThat(ready.columns().get(0).samples()).contains("Zürich", "Malmö");
        JsonNode profile = JSON.readTree(
                WorkerHarness.storage().resolve(id).resolve("profile.json").toFile());
        assertThat(profile.path("source").path("encoding").asText()).contains("mixed");
    }

    @Test
    void aRedeliveredUploadIsAnnouncedAgainWithoutReanalysis() throws Exception {
        String id = WorkerHarness.upload("k,v\na,1\nb,2\n".getBytes(StandardCharsets.UTF_8), "csv");
        WorkerHarness.outcome(id);
        Path arrow = WorkerHarness.storage().resolve(id).resolve("data.arrow");
        long written = Files.getLastModifiedTime(arrow).toMillis();
        WorkerHarness.announce(id, "csv", null, 1, 12);
        List<String> readies =
                TestKafka.awaitValues(Topics.DATASET_READY, v -> v.contains(id), 2, Duration.ofSeconds(30));
        assertThat(readies).hasSize(2);
        assertThat(Files.getLastModifiedTime(arrow).toMillis()).isEqualTo(written);
    }

    private static void assertFailure(String datasetId, String reasonPart) {
        String json = WorkerHarness.outcome(datasetId);
        CloudEvent<DatasetFailed> event = EventCodec.read(json, DatasetFailed.class);
        assertThat(event.type()).as("outcome of %s", datasetId).isEqualTo(EventTypes.DATASET_FAILED);
        assertThat(EventSchemas.violations(Topics.DATASET_FAILED, json)).isEmpty();
        assertThat(event.data().reason()).containsIgnoringCase(reasonPart);
    }

    /** An .xlsx-looking zip whose sheet inflates to 200 MB of zeros. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
