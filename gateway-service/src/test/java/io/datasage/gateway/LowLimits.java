package io.datasage.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Small limits, so that a test reaches each of them in a few requests. */
public class LowLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "datasage.gateway.limits.failed-logins-per-address", "8",
                "datasage.gateway.limits.free-failures-per-account-and-address", "3",
                "datasage.gateway.limits.free-failures-per-account", "6",
                "datasage.gateway.limits.registrations-per-address", "3");
    }
}
