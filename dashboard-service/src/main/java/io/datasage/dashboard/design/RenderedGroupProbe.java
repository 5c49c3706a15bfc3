package io.datasage.dashboard.design;

import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Group sizes and means read exactly by the chart engine: two group-bys (mean and count of the measure per value
 * of the grouping), through whatever renders a spec into its rows (the service's cached renderer, or an engine).
 */
public final class RenderedGroupProbe implements GroupProbe {

    private final Function<ChartSpec, List<Map<String, Object>>> rows;

    /** @param rows renders a spec and returns its rows (first value the group, second the aggregate) */
    public RenderedGroupProbe(Function<ChartSpec, List<Map<String, Object>>> rows) {
        this.rows = rows;
    }

    @Override
    public List<Group> groups(String dimension, String measure) {
        try {
            Map<Object, Double> means = byGroup(dimension, measure, "mean");
            Map<Object, Double> counts = byGroup(dimension, measure, "count");
            List<Group> out = new ArrayList<>();
            means.forEach((key, mean) -> {
                Double n = counts.get(key);
                if (n != null && mean != null) {
                    out.add(new Group(String.valueOf(key), n.longValue(), mean));
                }
            });
            return out;
        } catch (RuntimeException e) {
            // A grouping the engine cannot compute is simply not a candidate.
            return List.of();
        }
    }

    private Map<Object, Double> byGroup(String dimension, String measure, String aggregation) {
        ChartSpec spec = new ChartSpec(
                "bar", dimension, List.of(measure), null, aggregation, null, null, null, null, null, null, null);
        Map<Object, Double> out = new HashMap<>();
        for (Map<String, Object> row : rows.apply(spec)) {
            Iterator<Object> values = row.values().iterator();
            Object key = values.next();
            Object value = values.hasNext() ? values.next() : null;
            out.put(key, value instanceof Number ? ((Number) value).doubleValue() : null);
        }
        return out;
    }
}
