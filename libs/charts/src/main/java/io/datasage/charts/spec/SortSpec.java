package io.datasage.charts.spec;

/**
 * Order of the groups of a chart.
 *
 * @param byY order by the (first) measure instead of by x
 * @param descending largest first
 */
public record SortSpec(boolean byY, boolean descending) {

    public String by() {
        return byY ? "y" : "x";
    }

    public String order() {
        return descending ? "desc" : "asc";
    }
}
