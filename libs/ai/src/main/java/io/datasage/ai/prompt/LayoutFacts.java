package io.datasage.ai.prompt;

import java.util.List;

/**
 * What the offline analysis already knows about a dataset, given to a layout designer model as hints: the measures
 * and how they add up, the groupings ranked by how much of the key measure they explain, and the time axis.
 *
 * @param measures the measures, key measure first
 * @param groupings grouping column names, the most telling first
 * @param timeColumn the main date column, or null
 */
public record LayoutFacts(List<Measure> measures, List<String> groupings, String timeColumn) {

    public LayoutFacts {
        measures = measures == null ? List.of() : List.copyOf(measures);
        groupings = groupings == null ? List.of() : List.copyOf(groupings);
    }

    /**
     * A measure and how it adds up.
     *
     * @param column its column name
     * @param aggregation {@code sum} for additive measures (sales), {@code mean} for the rest (prices, rates)
     */
    public record Measure(String column, String aggregation) {}
}
