package io.datasage.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datasage.contracts.storage.StorageLayout;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * READY datasets for tests: a CSV ingested by the real ingest library into the storage root, and dataset-service
 * stubbed to describe it (with its profile) to its owner only.
 */
final class TestDatasets {

    static final ObjectMapper JSON = new ObjectMapper();

    private TestDatasets() {}

    /** A READY dataset of {@code csv} owned by the holder of {@code token}; returns its id. */
    static String ready(String token, String name, String csv) throws Exception {
        String id = UUID.randomUUID().toString();
        Path dir = Files.createDirectories(storage().resolve(id));
        Path raw = Files.writeString(dir.resolve("raw.csv"), csv);
        IngestResult result =
                new Ingestor(IngestOptions.defaults()).ingest(raw, SourceFormat.CSV, dir.resolve("data.arrow"), null);
        Map<String, Object> profile = JSON.convertValue(result.profile(), Map.class);
        stub(token, id, name, 1, profile);
        return id;
    }

    /** Version {@code version} of dataset {@code id} from {@code csv}, as the worker would leave a replaced file. */
    static void newVersion(String token, String id, String name, int version, String csv) throws Exception {
        Path dir = Files.createDirectories(storage().resolve(StorageLayout.versionDir(id, version)));
        Path raw = Files.writeString(dir.resolve("raw.csv"), csv);
        IngestResult result = new Ingestor(IngestOptions.defaults())
                .ingest(raw, SourceFormat.CSV, storage().resolve(StorageLayout.arrow(id, version)), null);
        stub(token, id, name, version, JSON.convertValue(result.profile(), Map.class));
    }

    /** Tells the stubbed dataset-service what the dataset looks like to its owner now. */
    static void stub(String token, String id, String name, int version, Map<String, Object> profile) throws Exception {
        ObjectNode body = JSON.createObjectNode()
                .put("id", id)
                .put("name", name)
                .put("status", "READY")
                .put("version", version);
        if (profile != null) {
            body.put("row_count", ((Number) profile.get("rows")).longValue());
            body.set("profile", JSON.valueToTree(profile));
            Object hints = profile.get("domain_hints");
            if (hints instanceof List && !((List<?>) hints).isEmpty()) {
                body.set(
                        "domain_hints",
                        JSON.valueToTree(List.of(((Map<?, ?>) ((List<?>) hints).get(0)).get("domain"))));
            }
        }
        PeerServicesStub.server.stubFor(get(urlEqualTo("/api/datasets/" + id))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(JSON.writeValueAsString(body))));
    }

    static Path storage() {
        return SharedInfra.get().dataDir().resolve("storage");
    }

    /** 400 store orders (Superstore-like): ids, dates, regions, segments, customers, sales, quantity, discount, profit. */
    static String storeOrders() {
        StringBuilder csv =
                new StringBuilder("Order ID,Order Date,Region,Segment,Customer Name,Sales,Quantity,Discount,Profit\n");
        Random random = new Random(3);
        String[] regions = {"West", "East", "Central", "South"};
        String[] segments = {"Consumer", "Corporate", "Home Office"};
        for (int i = 1; i <= 400; i++) {
            double sales = 10 + random.nextInt(900) + random.nextInt(100) / 100.0;
            csv.append("CA-")
                    .append(1000 + i)
                    .append(',')
                    .append(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(540)))
                    .append(',')
                    .append(regions[random.nextInt(4)])
                    .append(',')
                    .append(segments[random.nextInt(3)])
                    .append(',')
                    .append("Customer ")
                    .append(random.nextInt(60))
                    .append(',')
                    .append(sales)
                    .append(',')
                    .append(1 + random.nextInt(9))
                    .append(',')
                    .append(random.nextInt(5) / 10.0)
                    .append(',')
                    .append(Math.round(sales * (random.nextDouble() - 0.2) * 100) / 100.0)
                    .append('\n');
        }
        return csv.toString();
    }
}
