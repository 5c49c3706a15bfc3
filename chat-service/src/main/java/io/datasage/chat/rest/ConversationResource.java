package io.datasage.chat.rest;

import io.datasage.chat.mapping.ConversationMapper;
import io.datasage.chat.rest.ConversationViews.CreateRequest;
import io.datasage.chat.rest.ConversationViews.Detail;
import io.datasage.chat.rest.ConversationViews.RenameRequest;
import io.datasage.chat.rest.ConversationViews.Summary;
import io.datasage.chat.service.ConversationService;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The caller's conversations. */
@Path("/api/chat/conversations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

    private final ConversationService conversations;
    private final CurrentUser user;

    public ConversationResource(ConversationService conversations, CurrentUser user) {
        this.conversations = conversations;
        this.user = user;
    }

    @POST
    public Response create(CreateRequest body) {
        CreateRequest request = body == null ? new CreateRequest(null, null) : body;
        Detail created =
                ConversationMapper.toDetail(conversations.create(user.id(), request.datasetId(), request.title()));
        return Response.created(URI.create("/api/chat/conversations/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    public List<Summary> list(
            @QueryParam("dataset_id") String datasetId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return conversations.list(user.id(), datasetId, page, size).stream()
                .map(ConversationMapper::toSummary)
                .toList();
    }

    @GET
    @Path("/{id}")
    public Detail get(@PathParam("id") String id) {
        return ConversationMapper.toDetail(conversations.get(user.id(), id));
    }

    @PATCH
    @Path("/{id}")
    public Detail rename(@PathParam("id") String id, RenameRequest body) {
        return ConversationMapper.toDetail(conversations.rename(user.id(), id, body == null ? null : body.title()));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        conversations.delete(user.id(), id);
        return Response.noContent().build();
    }
}
