package io.datasage.chat;

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
        return List.of("MongoDB", "Kafka");
    }
}
