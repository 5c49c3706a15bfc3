package io.datasage.dashboard.llm;

import io.datasage.ai.llm.LlmRequest;
import io.datasage.ai.llm.LlmRouter;
import io.datasage.ai.llm.ModelRole;
import io.datasage.ai.llm.RouteResult;
import io.datasage.ai.prompt.Prompt;
import io.datasage.ai.prompt.RewordPrompt;
import io.datasage.ai.validation.FaithfulRewording;
import io.datasage.ai.validation.LenientJson;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The {@code summary_engine} role: a model may reword the computed insights for a business reader, and a rewording
 * is kept only when every number in it is one of its finding's own (FaithfulRewording); otherwise, or without a
 * model, the computed sentences stand.
 */
@ApplicationScoped
public class InsightModel {

    private final LlmRouter router;

    public InsightModel(LlmRouter router) {
        this.router = router;
    }

    /** The findings reworded, or the same findings when no model is configured or its rewording was refused. */
    public List<String> reword(List<String> findings) {
        if (findings.isEmpty() || !router.configured(ModelRole.SUMMARY_ENGINE)) {
            return findings;
        }
        Prompt prompt = RewordPrompt.build(findings);
        try {
            RouteResult<List<String>> routed = router.ask(
                    ModelRole.SUMMARY_ENGINE,
                    LlmRequest.of(prompt.system(), prompt.user(), RewordPrompt.schema()),
                    reply -> FaithfulRewording.check(LenientJson.parse(reply).node(), findings),
                    null);
            if (routed.answered()) {
                return routed.value();
            }
            Log.infof("Rewording refused (%s); the computed insights stand", routed.attempts());
        } catch (RuntimeException e) {
            Log.warnf(e, "The summary engine failed; the computed insights stand");
        }
        return findings;
    }
}
