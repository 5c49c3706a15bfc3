package io.datasage.charts;

import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import java.util.Map;

/**
 * A rendered chart. {@code figure} and {@code rows} hold only Maps, Lists, Strings, Numbers and Booleans, so
 * Jackson serialises them as they are; dates are ISO strings. Numbers are exact (rounded only in labels and the
 * summary).
 *
 * @param spec the resolved spec: real column names, defaults filled (aggregation, sort, picked time grain, bins)
 * @param figure a Plotly figure: {@code {"data": [traces], "layout": {...}}}
 * @param rows the aggregated rows the figure was built from (at most {@code maxRowsReturned}), keyed by column
 *     name and measure label ("Sum of Sales")
 * @param summary one factual sentence about the result
 * @param stats rows scanned and matched, nulls skipped, sampling and truncation
 */
public record ChartResult(
        ChartSpec spec, Map<String, Object> figure, List<Map<String, Object>> rows, String summary, ChartStats stats) {}
