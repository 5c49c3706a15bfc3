package io.datasage.chat.service;

import io.datasage.ai.answer.ChartAnswerer;
import io.datasage.ai.llm.LlmRouter;
import io.datasage.ai.llm.ModelRole;
import io.datasage.ai.prompt.PromptBuilder;
import io.datasage.platform.llm.LlmConfig;
import io.datasage.platform.llm.LlmSettingsMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one LLM router of this service (closed at shutdown) and the answerer that asks it before the planner. */
public class LlmRouters {

    @Produces
    @Singleton
    LlmRouter router(LlmConfig config) {
        LlmRouter router = new LlmRouter(LlmSettingsMapper.toSettings(config, ModelRole.CHAT_ENGINE));
        if (router.configured(ModelRole.CHAT_ENGINE)) {
            Log.infof(
                    "Questions go to LLM providers %s first, then the offline planner",
                    router.providersFor(ModelRole.CHAT_ENGINE));
        } else {
            Log.info("No LLM provider for chat-engine: the offline planner answers every question");
        }
        return router;
    }

    void close(@Disposes LlmRouter router) {
        router.close();
    }

    @Produces
    @Singleton
    ChartAnswerer answerer(LlmRouter router, LlmConfig config) {
        return new ChartAnswerer(router, new PromptBuilder(config.promptBudget()));
    }
}
