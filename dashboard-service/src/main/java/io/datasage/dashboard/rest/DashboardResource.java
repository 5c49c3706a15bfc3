package io.datasage.dashboard.rest;

import io.datasage.dashboard.mapping.DashboardMapper;
import io.datasage.dashboard.service.DashboardService;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller's saved dashboards. */
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

    @GET
    public List<DashboardView> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return dashboards.list(user.id(), page, size).stream().map(DashboardMapper::toView).toList();
    }

    @GET
    @Path("/{id}")
    public DashboardView get(@PathParam("id") String id) {
        return DashboardMapper.toView(dashboards.get(user.id(), id));
    }
}
