package io.datasage.dashboard.rest;

import io.datasage.dashboard.mapping.DashboardMapper;
import io.datasage.dashboard.rest.DashboardRequests.CreateRequest;
import io.datasage.dashboard.rest.DashboardRequests.DesignRequest;
import io.datasage.dashboard.rest.DashboardRequests.PinRequest;
import io.datasage.dashboard.rest.DashboardRequests.UpdateRequest;
import io.datasage.dashboard.service.DashboardEditor;
import io.datasage.dashboard.service.DashboardService;
import io.datasage.platform.problem.ProblemException;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The caller's dashboards: design in one click, create, list, show rendered, edit, pin, regenerate, delete. */
@Path("/api/dashboards")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private final DashboardService dashboards;
    private final DashboardEditor editor;
    private final CurrentUser user;

    public DashboardResource(DashboardService dashboards, DashboardEditor editor, CurrentUser user) {
        this.dashboards = dashboards;
        this.editor = editor;
        this.user = user;
    }

    @POST
    @Path("/design")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response design(DesignRequest body) {
        if (body == null || body.datasetId() == null || body.datasetId().isBlank()) {
            throw ProblemException.badRequest("Send {\"dataset_id\": \"...\"} to design a dashboard for that dataset.");
        }
        return created(dashboards.design(user.id(), user.rawToken(), body.datasetId()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateRequest body) {
        if (body == null) {
            throw ProblemException.badRequest("Send {\"dataset_id\": \"...\", \"title\": \"...\"}, or"
                    + " {\"conversation_id\": \"...\", \"message_id\": \"...\"} to start from a chat answer.");
        }
        return created(dashboards.create(user.id(), user.rawToken(), body));
    }

    @GET
    public List<DashboardView> list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return dashboards.list(user.id(), page, size).stream()
                .map(DashboardMapper::toSummary)
                .toList();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return withETag(Response.ok(), dashboards.get(user.id(), user.rawToken(), id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, UpdateRequest body) {
        return withETag(Response.ok(), editor.update(user.id(), user.rawToken(), id, ETags.revision(ifMatch), body));
    }

    @POST
    @Path("/{id}/components")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pin(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PinRequest body) {
        DashboardView view = editor.pin(user.id(), user.rawToken(), id, ETags.revision(ifMatch), body);
        return withETag(Response.status(201), view);
    }

    @POST
    @Path("/{id}/regenerate")
    public Response regenerate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(Response.ok(), editor.regenerate(user.id(), user.rawToken(), id, ETags.revision(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        dashboards.delete(user.id(), id);
        return Response.noContent().build();
    }

    private static Response created(DashboardView view) {
        return withETag(Response.created(URI.create("/api/dashboards/" + view.id())), view);
    }

    private static Response withETag(Response.ResponseBuilder builder, DashboardView view) {
        return builder.entity(view)
                .header(HttpHeaders.ETAG, ETags.of(view.revision()))
                .build();
    }
}
