package io.datasage.vector.health;

import io.datasage.vector.service.IndexHolder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the model is loaded and the index is open and complete; until then searches would come back empty. */
@Readiness
@ApplicationScoped
public class VectorIndexHealthCheck implements HealthCheck {

    private final IndexHolder holder;

    public VectorIndexHealthCheck(IndexHolder holder) {
        this.holder = holder;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Vector index");
        if (!holder.ready()) {
            return response.down()
                    .withData("state", "loading the model or building the index")
                    .build();
        }
        return response.up()
                .withData(
                        "documents", holder.opened().map(i -> (long) i.count()).orElse(0L))
                .build();
    }
}
