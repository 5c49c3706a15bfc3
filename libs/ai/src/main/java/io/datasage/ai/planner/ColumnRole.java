package io.datasage.ai.planner;

/** What a column is for: the one classification the planner, the dashboard designer and the insights share. */
public enum ColumnRole {
    /** A number to aggregate. */
    MEASURE,
    /** An identifier: counted, never summed (Order ID, Postal Code). */
    ID,
    /** A name that labels an entity (Customer Name): grouped by, counted. */
    LABEL,
    /** A date or date-time. */
    DATE,
    /** An integer calendar year (model_year): a time axis without a grain. */
    YEAR,
    /** A grouping with a limited set of values. */
    CATEGORY,
    /** Free text (comments): searched, never grouped. */
    TEXT,
    /** true/false, Yes/No or a 0/1 flag. */
    BOOLEAN
}
