package io.datasage.dashboard.rest;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.dashboard.service.ChartService;
import io.datasage.dashboard.service.RenderedChart;
import io.datasage.platform.problem.ProblemException;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Renders a chart spec over one of the caller's datasets. */
@Path("/api/charts")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ChartResource {

    private final ChartService charts;
    private final CurrentUser user;

    public ChartResource(ChartService charts, CurrentUser user) {
        this.charts = charts;
        this.user = user;
    }

    @POST
    public RenderedChart render(RenderRequest body) {
        if (body == null || body.datasetId() == null || body.datasetId().isBlank()) {
            throw ProblemException.badRequest(
                    "Send {\"dataset_id\": \"...\", \"spec\": {\"chart_type\": \"bar\", ...}}.");
        }
        return charts.render(user.rawToken(), body.datasetId(), body.spec());
    }

    /** {@code POST /api/charts} body. */
    public record RenderRequest(String datasetId, ChartSpec spec) {}
}
