package io.datasage.infra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a {@code @QuarkusTest} at the JVM's shared real broker and store ({@link SharedInfra}). */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return SharedInfra.get().quarkusConfig();
    }

    @Override
    public void stop() {
        // The infrastructure outlives one application start: other test classes in this JVM reuse it.
    }
}
