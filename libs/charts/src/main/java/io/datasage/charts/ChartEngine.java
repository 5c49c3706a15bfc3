package io.datasage.charts;

import io.datasage.charts.data.DatasetHandle;
import io.datasage.charts.data.TableData;
import io.datasage.charts.figure.ChartRenderer;
import io.datasage.charts.figure.RenderContext;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.contracts.chart.ChartSpec;
import java.lang.ref.Reference;
import java.util.Objects;

/**
 * Turns a chart spec into a Plotly figure, the rows behind it and a one-line summary, computed exactly over a
 * dataset's Arrow columns. Stateless and thread-safe: one engine serves every request.
 *
 * <p>Semantics, where the spec leaves them open:
 * <ul>
 *   <li>Nulls are skipped and counted ({@link ChartStats#nullsSkipped()}), never turned into zeros: a row whose x
 *       or series is null belongs to no group; a null y is not aggregated; a group whose y values are all null
 *       shows null. {@code count} counts non-null y values (rows when there is no y).
 *   <li>Aggregations: sum and mean of integers are exact (128-bit), of decimals compensated (Neumaier); median is
 *       the interpolated 0.5 quantile; min/max also work on dates; count_distinct on any type (text exactly,
 *       case-sensitive). sum/mean of a boolean count its true values.
 *   <li>Time grains bucket dates to the first day of the period (weeks start Monday); rows carry that ISO date,
 *       the figure a label (2024-03, 2024-Q1, 2024). A date x without a grain gets one from the span of the
 *       filtered dates: up to 62 days day, 183 days week, 6 years month, 20 years quarter, else year.
 *   <li>Sort: categories by value descending, time and numbers by x ascending, unless the spec says otherwise;
 *       ties by x. line and area are always drawn in x order (a sort by y only chooses which groups a limit
 *       keeps). limit applies after sorting; with series, x values are ranked by their aggregate over all series.
 *   <li>Filters are ANDed; nulls never match (also not {@code !=}). Text {@code =}, {@code !=}, {@code in},
 *       {@code contains} ignore case; {@code between} is inclusive; date values name periods
 *       ({@code = 2024-03} is the month).
 * </ul>
 * Chart-specific rules are documented on the chart's renderer and on {@link ChartOptions}.
 */
public final class ChartEngine {

    private final ChartOptions options;
    private final SpecValidator validator = new SpecValidator();

    public ChartEngine(ChartOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** An engine with {@link ChartOptions#defaults()}. */
    public ChartEngine() {
        this(ChartOptions.defaults());
    }

    public ChartOptions options() {
        return options;
    }

    /**
     * Renders {@code spec} over {@code data}.
     *
     * @param data a dataset from {@link ArrowDatasets}; it stays usable for the whole render even if the cache
     *     evicts it meanwhile
     * @throws ChartSpecException when the spec does not fit the data (unknown column, sum over text, ...)
     * @throws IllegalStateException when {@code data} was already closed
     */
    public ChartResult render(Dataset data, ChartSpec spec) throws ChartSpecException {
        DatasetHandle handle = DatasetHandle.of(Objects.requireNonNull(data, "data"));
        TableData table = handle.acquire();
        try {
            ChartPlan plan = validator.plan(spec, table.columnInfos());
            RenderContext ctx = new RenderContext(table, plan, options);
            return ChartRenderer.of(plan.type()).render(ctx);
        } finally {
            table.release();
            Reference.reachabilityFence(handle);
        }
    }
}
