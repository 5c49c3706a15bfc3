package io.datasage.dataset.rest;

import io.datasage.dataset.mapping.DatasetMapper;
import io.datasage.dataset.rest.DatasetViews.Dataset;
import io.datasage.dataset.rest.DatasetViews.Page;
import io.datasage.dataset.service.DatasetQueryService;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The caller's datasets. */
@Path("/api/datasets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {

    private final DatasetQueryService queries;
    private final CurrentUser user;

    public DatasetResource(DatasetQueryService queries, CurrentUser user) {
        this.queries = queries;
        this.user = user;
    }

    @GET
    public Page<Dataset> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        var items = queries.list(user.id(), page, size).stream().map(e -> DatasetMapper.toView(e, null)).toList();
        return new Page<>(items, page, size, queries.count(user.id()));
    }

    @GET
    @Path("/{id}")
    public Dataset get(@PathParam("id") String id) {
        return DatasetMapper.toView(queries.get(user.id(), id), null);
    }
}
