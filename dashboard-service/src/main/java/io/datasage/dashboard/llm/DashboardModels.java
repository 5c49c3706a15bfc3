package io.datasage.dashboard.llm;

import io.datasage.ai.llm.LlmRouter;
import io.datasage.ai.llm.ModelRole;
import io.datasage.platform.llm.LlmConfig;
import io.datasage.platform.llm.LlmSettingsMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The LLM router of this service, for the layout designer and summary engine roles (closed at shutdown). */
public class DashboardModels {

    @Produces
    @Singleton
    LlmRouter router(LlmConfig config) {
        LlmRouter router = new LlmRouter(
                LlmSettingsMapper.toSettings(config, ModelRole.LAYOUT_DESIGNER, ModelRole.SUMMARY_ENGINE));
        for (ModelRole role : new ModelRole[] {ModelRole.LAYOUT_DESIGNER, ModelRole.SUMMARY_ENGINE}) {
            Log.infof(
                    "%s: %s",
                    role.configKey(),
                    router.configured(role)
                            ? "LLM providers " + router.providersFor(role) + " first, checked, then offline"
                            : "offline only (no provider configured)");
        }
        return router;
    }

    void close(@Disposes LlmRouter router) {
        router.close();
    }
}
