package io.datasage.dashboard.llm;

import io.datasage.ai.llm.LlmRequest;
import io.datasage.ai.llm.LlmRouter;
import io.datasage.ai.llm.ModelRole;
import io.datasage.ai.llm.RouteResult;
import io.datasage.ai.planner.ColumnSemantics;
import io.datasage.ai.prompt.LayoutPrompt;
import io.datasage.ai.prompt.Prompt;
import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.ai.schema.ProfileSchemas;
import io.datasage.ai.validation.InvalidAnswerException;
import io.datasage.ai.validation.LayoutReader;
import io.datasage.ai.validation.LenientJson;
import io.datasage.ai.validation.ProposedLayout;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.dashboard.design.DashboardDesign;
import io.datasage.dashboard.design.ProposedDesigns;
import io.datasage.dashboard.service.ChartService;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.llm.LlmConfig;
import io.datasage.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code layout_designer} role: a model proposes a dashboard layout, which is untrusted like any model output:
 * read leniently, every tile rendered from the real data (a wrong column or an impossible chart is sent back once
 * with the engine's message), and on any failure the offline design stands.
 */
@ApplicationScoped
public class LayoutModel {

    private final LlmRouter router;
    private final ChartService charts;
    private final LayoutPrompt prompts;

    public LayoutModel(LlmRouter router, ChartService charts, LlmConfig config) {
        this.router = router;
        this.charts = charts;
        this.prompts = new LayoutPrompt(Math.max(600, config.promptBudget()));
    }

    /** The model's design for {@code dataset}, or empty when no model is configured or none gave a usable one. */
    public Optional<DashboardDesign> design(DatasetInfo dataset, DashboardDesign offline) {
        if (!router.configured(ModelRole.LAYOUT_DESIGNER)) {
            return Optional.empty();
        }
        Map<String, Object> profile = dataset.profile() == null ? Map.of() : dataset.profile();
        DatasetSchema schema = ProfileSchemas.from(dataset.name(), dataset.rowCount(), profile);
        Prompt prompt = prompts.build(schema, ProposedDesigns.facts(ColumnSemantics.of(schema), offline));
        List<String> names = schema.columns().stream().map(ColumnSchema::name).toList();
        try {
            RouteResult<Checked> routed = router.ask(
                    ModelRole.LAYOUT_DESIGNER,
                    LlmRequest.of(prompt.system(), prompt.user(), LayoutPrompt.schema(names)),
                    reply -> check(reply, dataset),
                    null);
            if (!routed.answered()) {
                Log.infof(
                        "No usable layout from the layout designer (%s); the offline design stands", routed.attempts());
                return Optional.empty();
            }
            Checked c = routed.value();
            return Optional.of(
                    ProposedDesigns.toDesign(c.layout(), c.specs(), offline, profile, "llm:" + routed.model()));
        } catch (RuntimeException e) {
            Log.warnf(e, "The layout designer failed; the offline design stands");
            return Optional.empty();
        }
    }

    /** The layout with every tile rendered once (the render cache keeps the results for the hydration after). */
    private Checked check(String reply, DatasetInfo dataset) throws InvalidAnswerException {
        ProposedLayout layout = LayoutReader.read(LenientJson.parse(reply).node());
        List<ChartSpec> specs = new ArrayList<>();
        for (int i = 0; i < layout.tiles().size(); i++) {
            try {
                specs.add(charts.render(dataset, layout.tiles().get(i).spec()).spec());
            } catch (ProblemException e) {
                throw new InvalidAnswerException("components[" + i + "]: " + e.getMessage(), e);
            }
        }
        return new Checked(layout, specs);
    }

    /** A proposal whose tiles all rendered, with their resolved specs. */
    private record Checked(ProposedLayout layout, List<ChartSpec> specs) {}
}
