package io.datasage.charts;

import java.util.List;
import java.util.Map;

/**
 * How a chart was computed, for the UI's footnotes and for trust.
 *
 * @param rowsScanned rows read from the dataset
 * @param rowsMatched rows that passed the filters
 * @param nullsSkipped per column used by the chart: matched rows whose value was null and therefore left out
 *     (a null x or series drops the row; a null y is not aggregated; all-null groups show null, never 0)
 * @param groups groups (bars, points, slices, bins, boxes, cells) computed before limit and caps; scatter:
 *     points eligible before sampling; table: matched rows
 * @param sampled scatter points are a deterministic sample of {@code groups} points
 * @param truncated something was cut: rows beyond {@code maxRowsReturned}, groups beyond {@code maxGroups},
 *     series beyond {@code maxSeries}, outliers beyond {@code maxOutliers} (see {@code notes})
 * @param notes one sentence per sample, cap or "Other" fold, also shown on the figure
 */
public record ChartStats(
        long rowsScanned,
        long rowsMatched,
        Map<String, Long> nullsSkipped,
        int groups,
        boolean sampled,
        boolean truncated,
        List<String> notes) {

    public ChartStats {
        nullsSkipped = Map.copyOf(nullsSkipped);
        notes = List.copyOf(notes);
    }
}
