package io.datasage.dashboard.rest;

import io.datasage.dashboard.service.ShareService;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The owner's read-only links to one dashboard: create, list, revoke. */
@Path("/api/dashboards/{id}/shares")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ShareResource {

    private final ShareService shares;
    private final CurrentUser user;

    public ShareResource(ShareService shares, CurrentUser user) {
        this.shares = shares;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") String id, ShareViews.CreateShare body) {
        ShareViews.Created created = shares.create(user.id(), id, body);
        return Response.created(URI.create(created.path())).entity(created).build();
    }

    @GET
    public List<ShareViews.Share> list(@PathParam("id") String id) {
        return shares.list(user.id(), id);
    }

    @DELETE
    @Path("/{shareId}")
    public Response revoke(@PathParam("id") String id, @PathParam("shareId") String shareId) {
        shares.revoke(user.id(), id, shareId);
        return Response.noContent().build();
    }
}
