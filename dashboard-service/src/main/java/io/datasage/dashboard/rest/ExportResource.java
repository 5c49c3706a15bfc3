package io.datasage.dashboard.rest;

import io.datasage.dashboard.mapping.DashboardMapper;
import io.datasage.dashboard.service.DashboardService;
import io.datasage.dashboard.service.ExportService;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A dashboard as one self-contained HTML file (data, figures and Plotly inside) to e-mail. */
@Path("/api/dashboards/{id}/export.html")
@Authenticated
public class ExportResource {

    private final DashboardService dashboards;
    private final ExportService exports;
    private final CurrentUser user;

    public ExportResource(DashboardService dashboards, ExportService exports, CurrentUser user) {
        this.dashboards = dashboards;
        this.exports = exports;
        this.user = user;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response html(@PathParam("id") String id) {
        var view = dashboards.get(user.id(), user.rawToken(), id);
        return attachment(exports.html(DashboardMapper.toShared(view)), view.title())
                .build();
    }

    /** A download named after {@code title} ("Sales overview.html"), safe for any title. */
    static Response.ResponseBuilder attachment(String html, String title) {
        String name = (title == null ? "dashboard" : title)
                .replaceAll("[^A-Za-z0-9 ._-]", "")
                .strip();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + (name.isEmpty() ? "dashboard" : name) + ".html\"");
    }
}
