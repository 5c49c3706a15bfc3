package io.datasage.charts.explain;

/**
 * How a chart was computed, for people: its spec in one plain sentence, and the equivalent SQL a reader can run in
 * DuckDB against the original file. The SQL is generated from the spec and never executed by DataSage.
 *
 * @param text e.g. "Average Price ($) per Make, only Transmission = Automatic, highest 10 first"
 * @param sql e.g. {@code SELECT "Make", avg("Price ($)") AS "Mean of Price ($)" FROM read_csv('cars.csv') ...}
 */
public record Explanation(String text, String sql) {}
