package io.datasage.dashboard.rest;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.dashboard.export.CsvExport;
import io.datasage.dashboard.service.ChartService;
import io.datasage.dashboard.service.RenderedChart;
import io.datasage.platform.problem.ProblemException;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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

    /**
     * Answers a chart this instance holds in memory on the request's own thread; anything else (a render, a lookup of
     * the dataset, a CSV export) on a worker thread, as it may block.
     */
    @POST
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Uni<Response> render(@HeaderParam(HttpHeaders.ACCEPT) String accept, RenderRequest body) {
        if (body == null || body.datasetId() == null || body.datasetId().isBlank()) {
            throw ProblemException.badRequest(
                    "Send {\"dataset_id\": \"...\", \"spec\": {\"chart_type\": \"bar\", ...}}.");
        }
        // Read on the request's thread: the caller is request-scoped.
        String owner = user.id();
        String token = user.rawToken();
        boolean csv =
                accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains(CSV);
        byte[] kept = csv ? null : charts.keptBytes(owner, body.datasetId(), body.spec());
        if (kept != null) {
            return Uni.createFrom()
                    .item(Response.ok(kept, MediaType.APPLICATION_JSON).build());
        }
        return Uni.createFrom()
                .item(() -> csv ? csv(owner, token, body) : json(owner, token, body))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Response json(String owner, String token, RenderRequest body) {
        // A chart kept in memory comes as the bytes it was served as before, not written again.
        return Response.ok(
                        charts.renderForResponse(owner, token, body.datasetId(), body.spec()),
                        MediaType.APPLICATION_JSON)
                .build();
    }

    private Response csv(String owner, String token, RenderRequest body) {
        RenderedChart chart = charts.renderForExport(owner, token, body.datasetId(), body.spec());
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
