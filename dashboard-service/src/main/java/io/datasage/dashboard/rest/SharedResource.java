package io.datasage.dashboard.rest;

import io.datasage.dashboard.service.ExportService;
import io.datasage.dashboard.service.ShareService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What a share link opens, without an account: the one dashboard it was made for, read-only, as JSON or as a
 * self-contained HTML file. Anything else (a revoked, expired or made-up token) is 404.
 */
@Path("/api/shared/{token}")
@PermitAll
public class SharedResource {

    private final ShareService shares;
    private final ExportService exports;

    public SharedResource(ShareService shares, ExportService exports) {
        this.shares = shares;
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response open(@PathParam("token") String token) {
        // A shared view changes with the data; never let a proxy keep it after the link is revoked.
        return Response.ok(shares.open(token))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/export.html")
    @Produces(MediaType.TEXT_HTML)
    public Response html(@PathParam("token") String token) {
        return ExportResource.attachment(exports.html(shares.open(token)), "dashboard")
                .header("Cache-Control", "no-store")
                .build();
    }
}
