package io.datasage.dataset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventSchemas;
import io.datasage.contracts.events.Topics;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Uploads through the API against the real store and broker: storage, events, duplicates and bad input. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class UploadTest {

    private static String user() {
        return TestTokens.valid("user-" + UUID.randomUUID());
    }

    private static Path storage() {
        return SharedInfra.get().dataDir().resolve("storage");
    }

    @Test
    void anUploadIsStoredAndAnnouncedOnKafka() throws Exception {
        byte[] csv = Uploads.uniqueCsv();
        String id = Uploads.upload(user(), "../../etc/sales.csv", csv)
                .statusCode(201)
                .header("Location", containsString("/api/datasets/"))
                .body("duplicate", equalTo(false))
                .body("dataset.status", equalTo("UPLOADED"))
                .body("dataset.format", equalTo("csv"))
                .body("dataset.original_filename", equalTo("sales.csv"))
                .body("dataset.name", equalTo("Test data"))
                .extract()
                .path("dataset.id");

        String json = TestKafka.awaitValue(Topics.DATASET_UPLOADED, v -> v.contains(id), Duration.ofSeconds(30))
                .orElseThrow();
        assertThat(EventSchemas.violations(Topics.DATASET_UPLOADED, json)).isEmpty();
        CloudEvent<DatasetUploaded> event = EventCodec.read(json, DatasetUploaded.class);
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.data().version()).isEqualTo(1);
        assertThat(event.data().sizeBytes()).isEqualTo(csv.length);
        Path raw = storage().resolve(event.data().rawPath());
        assertThat(raw).startsWith(storage().resolve(id));
        assertThat(Files.readAllBytes(raw)).isEqualTo(csv);
        assertThat(event.data().sha256()).isEqualTo(sha256(csv));
    }

    @Test
    void aFileArrivingInManyChunksIsStoredWholeWithItsHash() throws Exception {
        StringBuilder text = new StringBuilder("region,sales,date\n");
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append(i % 2 == 0 ? "West," : "East,").append(i).append(".25,2024-01-03\n");
        }
        byte[] csv = (text + "# " + UUID.randomUUID() + ",1,2024-01-05\n").getBytes(StandardCharsets.UTF_8);
        String id =
                Uploads.upload(user(), "big.csv", csv).statusCode(201).extract().path("dataset.id");

        String json = TestKafka.awaitValue(Topics.DATASET_UPLOADED, v -> v.contains(id), Duration.ofSeconds(30))
                .orElseThrow();
        DatasetUploaded uploaded = EventCodec.read(json, DatasetUploaded.class).data();
        assertThat(uploaded.sizeBytes()).isEqualTo(csv.length);
        assertThat(uploaded.sha256()).isEqualTo(sha256(csv));
        assertThat(Files.readAllBytes(storage().resolve(uploaded.rawPath()))).isEqualTo(csv);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theSameBytesAgainAreADuplicateForTheSameUserOnly() {
        String alice = user();
        byte[] csv = Uploads.uniqueCsv();
        String id =
                Uploads.upload(alice, "a.csv", csv).statusCode(201).extract().path("dataset.id");
        Uploads.upload(alice, "renamed.csv", csv)
                .statusCode(200)
                .body("duplicate", equalTo(true))
                .body("dataset.id", equalTo(id));
        Uploads.upload(user(), "a.csv", csv)
                .statusCode(201)
                .body("duplicate", equalTo(false))
                .body("dataset.id", not(equalTo(id)));
    }

    @Test
    void anEmptyFileIsRefused() {
        Uploads.upload(user(), "empty.csv", new byte[0])
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("empty"));
    }

    @Test
    void binaryContentNamedCsvIsRefusedWithWhatWasFound() {
        byte[] png = new byte[256];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        Uploads.upload(user(), "data.csv", png)
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("PNG"));
    }

    @Test
    void anUploadOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        Uploads.upload(user(), "big.csv", big)
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("largest accepted upload is 1 MiB"));
    }

    @Test
    void aFileJustOverTheLimitIsRefusedByTheService() {
        byte[] over = ("a,b\n" + "1,2\n".repeat(262_200)).getBytes(StandardCharsets.UTF_8);
        assertThat(over.length).isBetween(1024 * 1024 + 1, 1024 * 1024 + 60 * 1024);
        Uploads.upload(user(), "over.csv", over).statusCode(413).body("detail", containsString("1 MiB"));
    }

    @Test
    void aRequestWithoutAFileSaysHowToSendOne() {
        given().auth()
                .oauth2(user())
                .multiPart("name", "x")
                .post("/api/datasets")
                .then()
                .statusCode(400)
                .body("detail", containsString("field named 'file'"));
    }

    @Test
    void deletingRemovesFilesAndRecordAndAnnouncesIt() {
        String token = user();
        byte[] csv = Uploads.uniqueCsv();
        String id =
                Uploads.upload(token, "del.csv", csv).statusCode(201).extract().path("dataset.id");
        given().auth().oauth2(token).delete("/api/datasets/" + id).then().statusCode(204);
        given().auth().oauth2(token).get("/api/datasets/" + id).then().statusCode(404);
        assertThat(storage().resolve(id)).doesNotExist();
        String json = TestKafka.awaitValue(Topics.DATASET_DELETED, v -> v.contains(id), Duration.ofSeconds(30))
                .orElseThrow();
        assertThat(EventCodec.read(json, DatasetDeleted.class).data().datasetId())
                .isEqualTo(id);
        // The same bytes can be uploaded again as a new dataset.
        Uploads.upload(token, "del.csv", csv).statusCode(201).body("dataset.id", not(equalTo(id)));
    }

    @Test
    void anotherUserSees404ForEverything() {
        String alice = user();
        String bob = user();
        String id = Uploads.upload(alice, "mine.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        given().auth()
                .oauth2(bob)
                .get("/api/datasets/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(bob)
                .get("/api/datasets/" + id + "/preview")
                .then()
                .statusCode(404);
        given().auth().oauth2(bob).get("/api/datasets/" + id + "/events").then().statusCode(404);
        given().auth().oauth2(bob).delete("/api/datasets/" + id).then().statusCode(404);
        given().auth().oauth2(bob).get("/api/datasets").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(alice).get("/api/datasets").then().statusCode(200).body("items[0].id", equalTo(id));
    }
}
