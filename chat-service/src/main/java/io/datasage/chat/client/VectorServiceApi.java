package io.datasage.chat.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** vector-service's search API, as far as chat-service uses it. */
@RegisterRestClient(configKey = "vector-service")
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
interface VectorServiceApi {

    @GET
    @Path("/columns")
    JsonNode columns(
            @QueryParam("dataset_id") String datasetId,
            @QueryParam("q") String phrase,
            @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/questions")
    Uni<JsonNode> examples(
            @QueryParam("dataset_id") String datasetId,
            @QueryParam("q") String question,
            @QueryParam("k") int k,
            @HeaderParam("Authorization") String authorization);

    @POST
    @Path("/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode remember(Map<String, Object> body, @HeaderParam("Authorization") String authorization);
}
