package io.datasage.ai.planner;

import io.datasage.ai.planner.Plan.Confidence;
import io.datasage.ai.planner.Plan.Kind;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Answers a question about a dataset with a chart spec, deterministically and offline: the default when no LLM
 * is configured. It reads the question against the dataset's real column names and category values (exact,
 * synonym, partial, misspelt, or by meaning through an optional {@link SemanticColumnMatcher}), understands
 * aggregation, grouping, time, ranking, filters, distributions, relationships, shares and chart words, edits the
 * previous chart for follow-ups, and never throws on what it cannot read: it falls back to an overview chart with
 * {@link Confidence#LOW}. Thread-safe; planning takes well under a millisecond.
 */
public final class OfflinePlanner {

    /**
     * Default minimum score of a semantic match, set for the vector service's column search: its score blends name
     * and meaning with a lexical weight of 0.6, so a match by meaning alone scores at most 0.4 x cosine, and 0.2
     * keeps matches whose embeddings agree at 0.5 or better. A matcher returning raw cosine similarities should pass
     * about 0.5 to {@link #OfflinePlanner(SemanticColumnMatcher, double)}.
     */
    public static final double DEFAULT_SEMANTIC_THRESHOLD = 0.2;

    private final SemanticColumnMatcher semantic;
    private final double threshold;

    /** A planner that matches columns by spelling and business vocabulary only. */
    public OfflinePlanner() {
        this(null, DEFAULT_SEMANTIC_THRESHOLD);
    }

    /** A planner that asks {@code semantic} (may be null) about words nothing else explains. */
    public OfflinePlanner(SemanticColumnMatcher semantic) {
        this(semantic, DEFAULT_SEMANTIC_THRESHOLD);
    }

    /**
     * @param semantic the semantic matcher, or null
     * @param threshold the minimum score (0-1) of a semantic match
     */
    public OfflinePlanner(SemanticColumnMatcher semantic, double threshold) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be within 0-1; got " + threshold);
        }
        this.semantic = semantic;
        this.threshold = threshold;
    }

    /**
     * Plans the chart for {@code question}.
     *
     * @param question the user's words; null or blank gives the overview chart
     * @param schema the dataset's profile
     * @param previous the last chart of the conversation, or null for a first question
     */
    public Plan plan(String question, DatasetSchema schema, ChartSpec previous) {
        Objects.requireNonNull(schema, "schema is required to plan a question");
        if (schema.columns().isEmpty()) {
            throw new IllegalArgumentException("dataset '" + schema.name() + "' has no columns to plan over");
        }
        SchemaIndex index = SchemaIndex.of(schema);
        List<ColumnInfo> understood = new ArrayList<>();
        Plan plan = planOnce(question, index, previous, understood);
        if (plan.confidence() != Confidence.LOW) {
            return plan;
        }
        // Unsure: offer plain rewrites the user can pick, built from what the question did name.
        return plan.withSuggestions(
                Suggestions.offer(plan, understood, index, text -> planOnce(text, index, null, new ArrayList<>())));
    }

    private Plan planOnce(String question, SchemaIndex index, ChartSpec previous, List<ColumnInfo> understood) {
        try {
            return planOrFallback(question == null ? "" : question, index, previous, understood);
        } catch (RuntimeException e) {
            // A question the rules trip over still gets an answer: the overview chart, marked as a guess.
            Notes notes = new Notes();
            notes.add("Could not read the question; showing an overview of the data.");
            return plan(Fallback.overview(index), notes, Confidence.LOW, Kind.CLARIFY);
        }
    }

    private Plan planOrFallback(String question, SchemaIndex index, ChartSpec previous, List<ColumnInfo> understood) {
        List<Token> tokens = HyphenatedNames.join(Tokenizer.tokenize(question), index);
        List<Part> parts = Annotator.annotate(tokens, index, semantic, threshold);
        Notes notes = new Notes();
        Question q = QuestionParser.parse(tokens, parts, index, notes, timeAxis(previous, index));
        q.measures.forEach(m -> understood.add(m.column()));
        q.dims.forEach(d -> understood.add(d.column()));
        Draft draft = null;
        if (previous != null && Presentation.only(q)) {
            draft = Presentation.keep(q, previous);
            if (draft != null && draft.repair()) {
                return plan(draft, notes, Confidence.HIGH, "kpi".equals(draft.type) ? Kind.VALUE : Kind.CHART);
            }
            draft = null;
        }
        if (previous != null && FollowUps.isFollowUp(q, previous)) {
            draft = FollowUps.apply(q, previous);
            if (draft != null && nothingUnderstood(q) && draft.repair()) {
                notes.add("Did not understand the follow-up; kept the previous chart.");
                return plan(draft, notes, Confidence.LOW, Kind.CLARIFY);
            }
            if (draft != null) {
                pieSplitAfterPlaceholder(draft, q, previous, index);
            }
        }
        if (draft == null) {
            draft = ChartChooser.choose(q);
            if (draft != null) {
                ImpliedFilters.drop(draft, index, notes);
                pieAskedBefore(draft, q, previous, index);
            }
        }
        if (draft != null && !draft.repair()) {
            draft = null;
        }
        if (draft == null) {
            notes.understoodNothing();
            notes.add("Did not understand the question; showing an overview of the data.");
            return plan(Fallback.overview(index), notes, Confidence.LOW, Kind.CLARIFY);
        }
        AxisYears.onAxis(draft, index);
        Confidence confidence = notes.confidence();
        if (confidence != Confidence.LOW && notes.unknownWords() >= 3 && notes.unknownWords() > q.parts.size() / 2) {
            confidence = Confidence.LOW;
        }
        return plan(draft, notes, confidence, "kpi".equals(draft.type) ? Kind.VALUE : Kind.CHART);
    }

    /**
     * "pie chart", then "entries by board": a question naming no chart after a turn that asked only for a pie draws
     * its one grouping as that pie (the first turn's placeholder is recognised by planning the chart word alone).
     */
    private void pieAskedBefore(Draft draft, Question q, ChartSpec previous, SchemaIndex index) {
        if (previous == null
                || !"pie".equals(previous.chartType())
                || q.chart != null
                || !"bar".equals(draft.type)
                || draft.x == null
                || draft.series != null
                || draft.y.size() > 1) {
            return;
        }
        if (piePlaceholder(previous, index)) {
            draft.type = "pie";
        }
    }

    /**
     * "show me a pie", then "split by delivery method": a pie has no series, so splitting the placeholder pie by a
     * column makes that column its slices.
     */
    private void pieSplitAfterPlaceholder(Draft draft, Question q, ChartSpec previous, SchemaIndex index) {
        if (!"pie".equals(previous.chartType())
                || q.chart != null
                || draft.series == null
                || draft.y.size() > 1
                || draft.x == null
                || !draft.x.name().equals(previous.x())
                || !piePlaceholder(previous, index)) {
            return;
        }
        draft.x = draft.series;
        draft.series = null;
        draft.type = "pie";
    }

    /** Whether {@code previous} is the pie the words "pie chart" alone draw: a pie asked before any grouping. */
    private boolean piePlaceholder(ChartSpec previous, SchemaIndex index) {
        ChartSpec placeholder =
                planOrFallback("pie chart", index, null, new ArrayList<>()).spec();
        return Objects.equals(placeholder.x(), previous.x())
                && Objects.equals(placeholder.y(), previous.y())
                && Objects.equals(placeholder.filters(), previous.filters());
    }

    /** The date column a previous chart runs over by a grain of time, or null. */
    private static ColumnInfo timeAxis(ChartSpec previous, SchemaIndex index) {
        if (previous == null || previous.x() == null || previous.timeGrain() == null) {
            return null;
        }
        ColumnInfo x = index.column(previous.x());
        return x != null && x.role() == ColumnRole.DATE ? x : null;
    }

    private static boolean nothingUnderstood(Question q) {
        return q.filters.isEmpty()
                && q.measures.isEmpty()
                && q.dims.isEmpty()
                && !q.wantsTime()
                && q.chart == null
                && q.limit == null
                && q.rankOrder == null
                && q.sortOrder == null
                && q.agg == null
                && !q.countAsked
                && !q.has(Cue.REMOVE)
                && !q.has(Cue.SHOWALL)
                && !q.stacked
                && !q.grouped
                && q.axisX == null
                && q.axisY == null;
    }

    private static Plan plan(Draft d, Notes notes, Confidence confidence, Kind kind) {
        d.title = Titles.of(d);
        ChartSpec spec = d.toSpec();
        return new Plan(spec, confidence, kind, notes.lines());
    }
}
