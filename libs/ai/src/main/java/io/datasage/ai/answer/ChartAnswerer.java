package io.datasage.ai.answer;

import io.datasage.ai.llm.Attempt;
import io.datasage.ai.llm.LlmRequest;
import io.datasage.ai.llm.LlmRouter;
import io.datasage.ai.llm.ModelRole;
import io.datasage.ai.llm.RouteResult;
import io.datasage.ai.planner.OfflinePlanner;
import io.datasage.ai.planner.Plan;
import io.datasage.ai.prompt.AnswerSchema;
import io.datasage.ai.prompt.Example;
import io.datasage.ai.prompt.Prompt;
import io.datasage.ai.prompt.PromptBuilder;
import io.datasage.ai.validation.AnswerReader;
import io.datasage.ai.validation.InvalidAnswerException;
import io.datasage.ai.validation.LeadSentence;
import io.datasage.ai.validation.LenientJson;
import io.datasage.ai.validation.LlmAnswer;
import io.datasage.charts.ChartSpecException;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.SpecValidator;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Answers a question with a rendered chart. When the chat_engine role has providers, they are asked first; a
 * reply counts only when it parses (leniently), reads as an answer, validates against the real columns and
 * renders; otherwise the router sends it back once with the error and then moves on. When no provider produced a
 * usable answer, or none is configured, the offline planner answers (and plans once more without the previous
 * chart if its first spec does not render). Only a validated spec is ever rendered; no text of the question, the
 * data or the reply is executed. Thread-safe.
 */
public final class ChartAnswerer {

    /** The source of planner answers. */
    public static final String PLANNER = "planner";
    /** The prefix of LLM answers' source: {@code llm:<model>}. */
    public static final String LLM_PREFIX = "llm:";

    private final LlmRouter router;
    private final PromptBuilder prompts;
    private final SpecValidator validator = new SpecValidator();

    /** @param router the LLM router, or null to answer with the planner only */
    public ChartAnswerer(LlmRouter router, PromptBuilder prompts) {
        this.router = router;
        this.prompts = Objects.requireNonNull(prompts, "prompts");
    }

    /** Whether questions go to an LLM first. */
    public boolean usesLlm() {
        return router != null && router.configured(ModelRole.CHAT_ENGINE);
    }

    /**
     * The answer to {@code q}.
     *
     * @param planner the planner to fall back on
     * @param renderer renders a spec over the real data
     * @param sink sees a preview of an LLM's lead sentence while it streams; {@link TokenSink#NONE} for no streaming
     */
    public <R> ChartAnswer<R> answer(
            ChartQuestion q, OfflinePlanner planner, SpecRenderer<R> renderer, TokenSink sink) {
        Objects.requireNonNull(q, "question");
        List<Attempt> attempts = List.of();
        Prompt prompt = null;
        if (usesLlm()) {
            prompt = prompts.build(q.question(), q.schema(), q.history(), usableExamples(q));
            List<String> names = q.columns().stream().map(ColumnInfo::name).toList();
            LlmRequest request = LlmRequest.of(prompt.system(), prompt.user(), AnswerSchema.forColumns(names));
            RouteResult<Checked<R>> routed = router.ask(
                    ModelRole.CHAT_ENGINE,
                    request,
                    reply -> check(reply, q.columns(), renderer),
                    sink == null || sink == TokenSink.NONE ? null : new PreviewStream(sink));
            attempts = routed.attempts();
            if (routed.answered()) {
                Checked<R> c = routed.value();
                return new ChartAnswer<>(
                        c.spec,
                        c.result,
                        Confidences.ofModel(c.answer.confidence(), routed.repaired()),
                        LLM_PREFIX + routed.model(),
                        List.of(),
                        LeadSentence.of(c.answer.responseText()).orElse(null),
                        null,
                        attempts,
                        prompt,
                        List.of());
            }
        }
        return planned(q, planner, renderer, attempts, prompt);
    }

    private <R> Checked<R> check(String reply, List<ColumnInfo> columns, SpecRenderer<R> renderer)
            throws InvalidAnswerException {
        LlmAnswer answer = AnswerReader.read(LenientJson.parse(reply).node());
        try {
            ChartSpec valid = validator.validate(answer.spec(), columns);
            return new Checked<>(answer, valid, renderer.render(valid));
        } catch (ChartSpecException e) {
            throw new InvalidAnswerException(e.getMessage(), e);
        }
    }

    private <R> ChartAnswer<R> planned(
            ChartQuestion q, OfflinePlanner planner, SpecRenderer<R> renderer, List<Attempt> attempts, Prompt prompt) {
        Plan plan = planner.plan(q.question(), q.schema(), q.previous());
        try {
            return fromPlan(plan, renderer.render(plan.spec()), attempts, prompt);
        } catch (ChartSpecException first) {
            ChartSpecException last = first;
            if (q.previous() != null) {
                Plan fresh = planner.plan(q.question(), q.schema(), null);
                try {
                    return fromPlan(fresh, renderer.render(fresh.spec()), attempts, prompt);
                } catch (ChartSpecException second) {
                    last = second;
                }
            }
            return new ChartAnswer<>(
                    plan.spec(),
                    null,
                    "Low",
                    PLANNER,
                    plan.notes(),
                    null,
                    last.getMessage(),
                    attempts,
                    prompt,
                    plan.suggestions());
        }
    }

    private static <R> ChartAnswer<R> fromPlan(Plan plan, R result, List<Attempt> attempts, Prompt prompt) {
        return new ChartAnswer<>(
                plan.spec(),
                result,
                Confidences.of(plan.confidence()),
                PLANNER,
                plan.notes(),
                null,
                null,
                attempts,
                prompt,
                plan.suggestions());
    }

    /** Past questions whose specs fit this dataset's columns (another dataset's may not). */
    private List<Example> usableExamples(ChartQuestion q) {
        List<Example> usable = new ArrayList<>();
        for (Example e : q.examples()) {
            if (usable.size() == PromptBuilder.EXAMPLES || e.spec() == null) {
                continue;
            }
            try {
                usable.add(new Example(e.question(), validator.validate(e.spec(), q.columns())));
            } catch (ChartSpecException | RuntimeException skipped) {
                // An example that does not fit teaches the wrong columns.
            }
        }
        return usable;
    }

    private static final class Checked<R> {
        final LlmAnswer answer;
        final ChartSpec spec;
        final R result;

        Checked(LlmAnswer answer, ChartSpec spec, R result) {
            this.answer = answer;
            this.spec = spec;
            this.result = result;
        }
    }
}
