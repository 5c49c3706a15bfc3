package io.datasage.platform.datasets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** dataset-service's HTTP API, as far as other services call it. */
@RegisterRestClient(configKey = "dataset-service")
@Path("/api/datasets")
@Produces(MediaType.APPLICATION_JSON)
interface DatasetServiceApi {

    @GET
    @Path("/{id}")
    DatasetInfo get(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);
}
