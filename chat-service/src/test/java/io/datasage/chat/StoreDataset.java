package io.datasage.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A small sales CSV ingested into a real Arrow file, with dataset-service and vector-service stubbed for it. */
final class StoreDataset {

    static final String CSV = """
            Order Date,Region,Category,Sales,Quantity
            2024-01-05,West,Technology,100.50,2
            2024-01-20,East,Furniture,80.00,1
            2024-02-03,West,Furniture,200.25,4
            2024-02-14,South,Technology,55.00,3
            2024-03-01,East,Office Supplies,50.00,1
            2024-03-09,West,Technology,400.00,5
            2024-04-11,Central,Office Supplies,20.00,2
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreDataset() {}

    /** A READY dataset owned by the bearer of {@code token}; returns its id. */
    static String ready(String token) throws Exception {
        String datasetId = UUID.randomUUID().toString();
        Path dir = Files.createDirectories(
                SharedInfra.get().dataDir().resolve("storage").resolve(datasetId));
        Path raw = Files.writeString(dir.resolve("raw.csv"), CSV);
        IngestResult result =
                new Ingestor(IngestOptions.defaults()).ingest(raw, SourceFormat.CSV, dir.resolve("data.arrow"), null);
        ObjectNode body = JSON.createObjectNode()
                .put("id", datasetId)
                .put("name", "Store sales")
                .put("status", "READY")
                .put("version", 1)
                .put("row_count", 7)
                .put("original_filename", "store sales.csv")
                .put("format", "CSV");
        body.set("profile", JSON.valueToTree(result.profile()));
        PeerServicesStub.server.stubFor(get(urlEqualTo("/api/datasets/" + datasetId))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + token))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(JSON.writeValueAsString(body))));
        PeerServicesStub.server.stubFor(get(urlPathEqualTo("/api/search/columns"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"matches\": []}")));
        PeerServicesStub.server.stubFor(get(urlPathEqualTo("/api/search/questions"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"examples\": []}")));
        PeerServicesStub.server.stubFor(post(urlEqualTo("/api/search/questions"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        return datasetId;
    }
}
