package io.datasage.worker;

import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.ReadinessContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

/** Ready only with its real dependencies reachable; publishes its OpenAPI. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class HealthTest extends ReadinessContract {

    @Override
    protected List<String> requiredChecks() {
        return List.of("Kafka");
    }

    @Override
    protected List<String> requiredMetrics() {
        return List.of("kafka_consumer_fetch_manager_records_lag_max");
    }
}
