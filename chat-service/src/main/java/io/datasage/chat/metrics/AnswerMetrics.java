package io.datasage.chat.metrics;

import io.datasage.ai.llm.Attempt;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** LLM calls by provider and outcome, planner answers by outcome, and chart render time. */
@ApplicationScoped
public class AnswerMetrics {

    private final MeterRegistry registry;
    private final Timer render;

    public AnswerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.render = Timer.builder("datasage.chart.render")
                .description("Time to compute a chart over a dataset's Arrow file")
                .register(registry);
    }

    /** Each provider call made (or skipped) while answering, with its duration. */
    public void llmCalls(List<Attempt> attempts) {
        for (Attempt a : attempts) {
            Timer.builder("datasage.llm.calls")
                    .description("LLM provider calls by provider and outcome (answered, invalid, failed, skipped)")
                    .tag("provider", a.provider())
                    .tag("outcome", a.outcome().name().toLowerCase(Locale.ROOT))
                    .register(registry)
                    .record(Duration.ofMillis(a.millis()));
        }
    }

    /** Who answered ({@code planner} or {@code llm:<model>}) and whether a chart came of it. */
    public void answered(String source, boolean chart) {
        boolean planner = source == null || source.equals("planner");
        Counter.builder(planner ? "datasage.planner.calls" : "datasage.llm.answers")
                .description(
                        planner
                                ? "Questions the offline planner answered, by outcome"
                                : "Questions an LLM answered, by outcome")
                .tag("outcome", chart ? "chart" : "no_chart")
                .register(registry)
                .increment();
    }

    /** Starts timing a render. */
    public Timer.Sample renderStarted() {
        return Timer.start();
    }

    /** Records the time of a render started with {@link #renderStarted()}. */
    public void renderEnded(Timer.Sample sample) {
        sample.stop(render);
    }
}
