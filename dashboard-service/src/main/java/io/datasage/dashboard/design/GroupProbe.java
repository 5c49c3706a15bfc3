package io.datasage.dashboard.design;

import java.util.List;

/**
 * Reads group sizes and means from the data, so the designer can measure how much of a measure's variation a
 * grouping explains. Implemented over the chart engine by the service; {@link #NONE} when no data is at hand.
 */
@FunctionalInterface
public interface GroupProbe {

    /** A probe that knows nothing: the designer then ranks groupings by their names and sizes alone. */
    GroupProbe NONE = (dimension, measure) -> List.of();

    /** Count of non-null measure values and their mean for every value of {@code dimension}; empty if unknown. */
    List<Group> groups(String dimension, String measure);

    /** One group: its value, how many measure values it has and their mean. */
    record Group(String key, long count, double mean) {}
}
