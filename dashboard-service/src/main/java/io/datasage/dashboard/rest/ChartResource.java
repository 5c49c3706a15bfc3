package io.datasage.dashboard.rest;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.dashboard.export.CsvExport;
import io.datasage.dashboard.service.ChartService;
import io.datasage.dashboard.service.RenderedChart;
import io.datasage.platform.problem.ProblemException;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Renders a chart spec over one of the caller's datasets: as a figure (JSON), or as its rows in CSV when the
 * request asks for {@code text/csv} by name (a wildcard Accept gets JSON).
 */
@Path("/api/charts")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
public class ChartResource {

    static final String CSV = "text/csv";

    private final ChartService charts;
    private final CurrentUser user;

    public ChartResource(ChartService charts, CurrentUser user) {
        this.charts = charts;
        this.user = user;
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response render(@HeaderParam(HttpHeaders.ACCEPT) String accept, RenderRequest body) {
        if (body == null || body.datasetId() == null || body.datasetId().isBlank()) {
            throw ProblemException.badRequest(
                    "Send {\"dataset_id\": \"...\", \"spec\": {\"chart_type\": \"bar\", ...}}.");
        }
        if (accept == null || !accept.toLowerCase(java.util.Locale.ROOT).contains(CSV)) {
            // A chart kept in memory comes as the bytes it was served as before, not written again.
            return Response.ok(
                            charts.renderForResponse(user.id(), user.rawToken(), body.datasetId(), body.spec()),
                            MediaType.APPLICATION_JSON)
                    .build();
        }
        RenderedChart chart = charts.renderForExport(user.id(), user.rawToken(), body.datasetId(), body.spec());
        Response.ResponseBuilder response = Response.ok(CsvExport.write(chart.rows()), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"chart.csv\"");
        if (Boolean.TRUE.equals(chart.stats().get("truncated"))) {
            response.header("X-DataSage-Truncated", "true");
        }
        return response.build();
    }

    /** {@code POST /api/charts} body. */
    public record RenderRequest(String datasetId, ChartSpec spec) {}
}
