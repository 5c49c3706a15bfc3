package io.datasage.platform.datasets;

import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks dataset-service about a dataset on behalf of the caller (their token goes along, so ownership is
 * checked where the datasets live): 404 becomes empty, an unreachable service a 503 with a clear message.
 */
@ApplicationScoped
public class DatasetsClient {

    private final DatasetServiceApi api;

    public DatasetsClient(@RestClient DatasetServiceApi api) {
        this.api = api;
    }

    /** The caller's dataset, or empty when it does not exist or is someone else's. */
    public Optional<DatasetInfo> find(String datasetId, String bearerToken) {
        try {
            return Optional.ofNullable(api.get(datasetId, "Bearer " + bearerToken));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 || status == 400) {
                return Optional.empty();
            }
            if (status == 401) {
                throw ProblemException.unauthorized("The token was refused by dataset-service.");
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    /** The caller's dataset; 404 when missing, 409 when it is not READY yet. */
    public DatasetInfo requireReady(String datasetId, String bearerToken) {
        DatasetInfo dataset = find(datasetId, bearerToken)
                .orElseThrow(() -> ProblemException.notFound("No dataset with id " + datasetId + "."));
        if ("FAILED".equals(dataset.status())) {
            throw ProblemException.conflict(
                    "The dataset '" + dataset.name() + "' could not be analysed, so it cannot be charted.");
        }
        if (!dataset.ready()) {
            throw ProblemException.conflict("The dataset '" + dataset.name() + "' is still being analysed ("
                    + dataset.status() + "); try again when it is READY.");
        }
        return dataset;
    }

    private static ProblemException unavailable(Exception e) {
        return new ProblemException(
                503,
                "Service Unavailable",
                "dataset-service cannot be reached right now (" + e.getMessage() + "); try again in a moment.",
                java.time.Duration.ofSeconds(5));
    }
}
