package io.datasage.chat.health;

import io.datasage.ai.llm.HealthStatus;
import io.datasage.ai.llm.LlmRouter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the LLM providers' cached health in readiness. Informational only: it is always UP, because the offline
 * planner answers when no provider can.
 */
@Readiness
@ApplicationScoped
public class LlmHealthCheck implements HealthCheck {

    private final LlmRouter router;

    public LlmHealthCheck(LlmRouter router) {
        this.router = router;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("LLM providers (informational)").up();
        var statuses = router.health();
        if (statuses.isEmpty()) {
            return response.withData("answers", "offline planner (no LLM provider configured)")
                    .build();
        }
        for (HealthStatus s : statuses) {
            response.withData(s.provider(), s.summary());
        }
        return response.build();
    }
}
