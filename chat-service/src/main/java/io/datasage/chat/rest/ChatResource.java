package io.datasage.chat.rest;

import io.datasage.chat.service.ChatReply;
import io.datasage.chat.service.ChatService;
import io.datasage.chat.service.ChatStreams;
import io.datasage.platform.problem.ProblemException;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Questions about one of the caller's datasets: a whole reply, or the same as server-sent events. */
@Path("/api/chat/{datasetId}")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
public class ChatResource {

    private final ChatService chat;
    private final ChatStreams streams;
    private final CurrentUser user;

    public ChatResource(ChatService chat, ChatStreams streams, CurrentUser user) {
        this.chat = chat;
        this.streams = streams;
        this.user = user;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public ChatReply ask(@PathParam("datasetId") String datasetId, ChatRequest body) {
        ChatRequest request = require(body);
        return chat.ask(user.id(), user.rawToken(), datasetId, request.message(), request.conversationId());
    }

    /**
     * The reply as server-sent events: {@code {"type":"token","text":...}} pieces of the answer text as they come
     * ({@code {"type":"reset"}} drops the pieces shown so far), then one {@code {"type":"final","reply":{...}}} with
     * the chart.
     */
    @Blocking
    @POST
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<Map<String, Object>> stream(@PathParam("datasetId") String datasetId, ChatRequest body) {
        ChatRequest request = require(body);
        return streams.stream(user.id(), user.rawToken(), datasetId, request.message(), request.conversationId());
    }

    private static ChatRequest require(ChatRequest body) {
        if (body == null) {
            throw ProblemException.badRequest(
                    "Send {\"message\": \"your question\", \"conversation_id\": \"...\" (optional)}.");
        }
        return body;
    }

    /** {@code POST /api/chat/{datasetId}} body. */
    public record ChatRequest(String message, String conversationId) {}
}
