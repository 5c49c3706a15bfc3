package io.datasage.ai.planner;

/**
 * Reads the row filters of a question, in an order where each reader sees what the previous ones left: periods,
 * numbers and signs, ordinals of coded columns ("first class"), category values and quoted text, then yes/no columns.
 */
final class FilterParser {

    private FilterParser() {}

    static void parse(Question q) {
        new PeriodFilters(q).read();
        new NumberFilters(q).read();
        new OrdinalFilters(q).read();
        new ValueFilters(q).read();
        new YesNoFilters(q).read();
    }
}
