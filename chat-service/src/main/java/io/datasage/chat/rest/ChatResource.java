package io.datasage.chat.rest;

import io.datasage.chat.service.ChatReply;
import io.datasage.chat.service.ChatService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Questions about one of the caller's datasets: a whole reply, or the same as server-sent events. */
@Path("/api/chat/{datasetId}")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
public class ChatResource {

    private final ChatService chat;
    private final CurrentUser user;

    public ChatResource(ChatService chat, CurrentUser user) {
        this.chat = chat;
        this.user = user;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public ChatReply ask(@PathParam("datasetId") String datasetId, ChatRequest body) {
        ChatRequest request = require(body);
        return chat.ask(user.id(), user.rawToken(), datasetId, request.message(), request.conversationId());
    }

    /**
     * The reply as server-sent events: {@code {"type":"token","text":...}} pieces of the answer text as they come,
     * then one {@code {"type":"final","reply":{...}}} with the chart.
     */
    @Blocking
    @POST
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<Map<String, Object>> stream(@PathParam("datasetId") String datasetId, ChatRequest body) {
        ChatRequest request = require(body);
        ChatReply reply = chat.ask(user.id(), user.rawToken(), datasetId, request.message(), request.conversationId());
        List<Map<String, Object>> events = new ArrayList<>();
        for (String piece : reply.responseText().split("(?<= )")) {
            events.add(Map.of("type", "token", "text", piece));
        }
        events.add(Map.of("type", "final", "reply", reply));
        return Multi.createFrom().iterable(events);
    }

    private static ChatRequest require(ChatRequest body) {
        if (body == null) {
            throw ProblemException.badRequest("Send {\"message\": \"your question\", \"conversation_id\": \"...\" (optional)}.");
        }
        return body;
    }

    /** {@code POST /api/chat/{datasetId}} body. */
    public record ChatRequest(String message, String conversationId) {}
}
