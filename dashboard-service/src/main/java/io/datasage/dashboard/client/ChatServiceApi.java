package io.datasage.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** chat-service's conversation API, as far as pinning a chat answer needs it. */
@RegisterRestClient(configKey = "chat-service")
@Path("/api/chat/conversations")
@Produces(MediaType.APPLICATION_JSON)
interface ChatServiceApi {

    @GET
    @Path("/{id}")
    Conversation get(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);

    /** A conversation with its messages (the fields read here). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Conversation(String id, String datasetId, String title, List<Message> messages) {}

    /** One message; assistant answers carry the chart spec they were rendered from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Message(String id, String role, String content, Map<String, Object> chartSpec) {}
}
