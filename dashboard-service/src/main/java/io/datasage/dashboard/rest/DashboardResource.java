package io.datasage.dashboard.rest;

import io.datasage.dashboard.mapping.DashboardMapper;
import io.datasage.dashboard.service.DashboardService;
import io.datasage.platform.problem.ProblemException;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The caller's dashboards: design one in one click, list, show rendered, delete. */
@Path("/api/dashboards")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private final DashboardService dashboards;
    private final CurrentUser user;

    public DashboardResource(DashboardService dashboards, CurrentUser user) {
        this.dashboards = dashboards;
        this.user = user;
    }

    @POST
    @Path("/design")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response design(DesignRequest body) {
        if (body == null || body.datasetId() == null || body.datasetId().isBlank()) {
            throw ProblemException.badRequest("Send {\"dataset_id\": \"...\"} to design a dashboard for that dataset.");
        }
        DashboardView view = dashboards.design(user.id(), user.rawToken(), body.datasetId());
        return Response.created(URI.create("/api/dashboards/" + view.id()))
                .entity(view)
                .build();
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
    public DashboardView get(@PathParam("id") String id) {
        return dashboards.get(user.id(), user.rawToken(), id);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        dashboards.delete(user.id(), id);
        return Response.noContent().build();
    }

    /** {@code POST /api/dashboards/design} body. */
    public record DesignRequest(String datasetId) {}
}
