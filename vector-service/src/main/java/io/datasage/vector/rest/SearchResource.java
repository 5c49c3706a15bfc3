package io.datasage.vector.rest;

import io.datasage.platform.security.CurrentUser;
import io.datasage.vector.rest.SearchViews.ColumnSearch;
import io.datasage.vector.rest.SearchViews.DatasetSearch;
import io.datasage.vector.service.ColumnMatchService;
import io.datasage.vector.service.SearchService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Semantic search across the caller's datasets, and column matching within one of them. */
@Path("/api/search")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;
    private final ColumnMatchService columns;
    private final CurrentUser user;

    public SearchResource(SearchService search, ColumnMatchService columns, CurrentUser user) {
        this.search = search;
        this.columns = columns;
        this.user = user;
    }

    @GET
    @Path("/datasets")
    public DatasetSearch datasets(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("10") int limit) {
        return new DatasetSearch(q, search.searchDatasets(user.id(), q, limit));
    }

    @GET
    @Path("/columns")
    public ColumnSearch columns(
            @QueryParam("dataset_id") String datasetId,
            @QueryParam("q") String q,
            @QueryParam("limit") @DefaultValue("5") int limit) {
        return new ColumnSearch(datasetId, q, columns.match(user.id(), datasetId, q, limit));
    }
}
