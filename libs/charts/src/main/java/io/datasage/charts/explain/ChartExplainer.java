package io.datasage.charts.explain;

import io.datasage.charts.ChartOptions;
import io.datasage.charts.ChartResult;
import io.datasage.charts.ChartSpecException;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.SpecValidator;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.FilterSpec;
import io.datasage.contracts.chart.ChartSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Shows a rendered chart's work: its spec in one plain sentence and the equivalent DuckDB SQL over the original
 * file, meaning exactly what the engine computed (empty keys left out, text filters ignoring case, date values as
 * periods, the picked time grain, the histogram's bins, box quartiles, pie "Other", top-N). Pure text generation:
 * nothing is executed. Stateless and thread-safe.
 *
 * <pre>{@code
 * Explanation e = new ChartExplainer(engine.options()).explain(result, data.columns(), SourceFile.csv("cars.csv"));
 * }</pre>
 */
public final class ChartExplainer {

    private final ChartOptions options;
    private final SpecValidator validator = new SpecValidator();

    /** @param options the limits of the engine that rendered the charts (pie slices, scatter sample, row cap) */
    public ChartExplainer(ChartOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The explanation of {@code result}.
     *
     * @param result a chart the engine rendered (its resolved spec and, for histograms, its bins)
     * @param columns the dataset's columns, with their types, units and formats
     * @param source the file the dataset was read from
     * @throws ChartSpecException when {@code result} was not rendered over these columns
     */
    public Explanation explain(ChartResult result, List<ColumnInfo> columns, SourceFile source)
            throws ChartSpecException {
        Objects.requireNonNull(result, "result");
        ChartSpec spec = result.spec();
        // A histogram's resolved bin count is what it used, not what was asked: its edges come from its rows.
        ChartPlan plan = validator.plan(spec.withBins(null), columns);
        SqlScript script = new SqlScript();
        for (String note : result.stats().notes()) {
            script.comment("The chart notes: " + note);
        }
        String from = new SourceTable(source, used(plan)).addTo(script);
        QueryContext q = new QueryContext(plan, result, options, script, from);
        HistogramEdges edges = null;
        List<ColumnInfo> correlated = plan.y();
        Select main;
        switch (plan.type()) {
            case HISTOGRAM:
                edges = HistogramEdges.from(result.rows(), plan.x().type());
                main = HistogramSql.write(q, edges);
                break;
            case BOX:
                main = BoxSql.write(q);
                break;
            case SCATTER:
                main = PointsSql.scatter(q);
                break;
            case PIE:
                main = PieSql.write(q);
                break;
            case TABLE:
                main = plan.aggregation() == null ? PointsSql.rows(q) : GroupedSql.write(q);
                break;
            case HEATMAP:
                if (plan.correlation()) {
                    correlated = plan.y().subList(0, Math.min(plan.y().size(), options.maxCorrelationColumns()));
                    main = CorrelationSql.write(q, correlated);
                } else {
                    main = GroupedSql.write(q);
                }
                break;
            default:
                main = GroupedSql.write(q);
        }
        return new Explanation(Sentence.of(q, edges, correlated), script.render(main));
    }

    private static Set<ColumnInfo> used(ChartPlan plan) {
        Set<ColumnInfo> used = new LinkedHashSet<>(plan.columns());
        for (FilterSpec filter : plan.filters()) {
            used.add(filter.column());
        }
        return used;
    }
}
