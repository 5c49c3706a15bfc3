package io.datasage.charts;

import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.SpecReader;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;

/**
 * Checks a chart spec against a dataset's columns without reading any data, so an LLM's output can be validated
 * (and its error fed back for repair) before a render. Column names are resolved case- and
 * whitespace-insensitively ({@code "Revenue "} finds {@code revenue}, {@code order_date} finds {@code Order Date}),
 * the seed's {@code columns} form is folded into x/y, defaults are filled (aggregation: sum for numeric y, count
 * otherwise; sort: categories by value descending, time and numbers by x ascending) and every filter value is
 * parsed for its column's type. Stateless and thread-safe.
 */
public final class SpecValidator {

    /**
     * The resolved spec: real column names, canonical enum values, defaults filled. An automatic time grain
     * depends on the data and stays null here; {@link ChartEngine#render} reports the one it picked.
     *
     * @throws ChartSpecException with a message that says what is wrong and what would work
     */
    public ChartSpec validate(ChartSpec spec, List<ColumnInfo> columns) throws ChartSpecException {
        return plan(spec, columns).toSpec(null, null);
    }

    /** The executable plan behind {@link #validate}. */
    public ChartPlan plan(ChartSpec spec, List<ColumnInfo> columns) throws ChartSpecException {
        if (columns == null) {
            throw new IllegalArgumentException("columns must not be null");
        }
        return new SpecReader(columns).read(spec);
    }
}
