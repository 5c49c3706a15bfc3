package io.datasage.ai.planner;

import io.datasage.ai.schema.ColumnSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the planner knows about one column beyond its profile: its name split into words, its role, how it
 * aggregates, and the entity it identifies or labels.
 *
 * @param schema the profiled column
 * @param words the name's words, normalised and singular ("SALES_AMT" -> sale, amount)
 * @param core the words that carry the meaning: units, "is"/"has" prefixes and small words removed
 * @param spelled the core words as spelled (not made singular), for typo checks: "sales" rather than "sale"
 * @param forms each core word with its verb bases ("returned" -> returned, return), for matching
 * @param compacts the name glued together in its forms: as written, its core words, its core words as spelled
 * @param modifiers core words after a preposition ("company" in Years at Company): alone they do not name the column
 * @param role what the column is for
 * @param additive whether summing it makes sense (sales, quantity) rather than averaging it (price, age)
 * @param entity the thing the column identifies or names ("customer" for Customer Name), or null
 * @param yes the value that means true in a yes/no column ("Yes", "true"), or null
 * @param no the value that means false, or null
 * @param groups the synonym groups of the name and of its core words
 * @param minNum the smallest value of a numeric column, or NaN
 * @param maxNum the largest value, or NaN
 * @param minDate the earliest date of a date column, or of a year column's first year, or null
 * @param maxDate the latest date, or null
 */
record ColumnInfo(
        ColumnSchema schema,
        List<String> words,
        List<String> core,
        List<String> spelled,
        List<Set<String>> forms,
        List<String> compacts,
        Set<String> modifiers,
        ColumnRole role,
        boolean additive,
        String entity,
        String yes,
        String no,
        Set<String> groups,
        double minNum,
        double maxNum,
        LocalDate minDate,
        LocalDate maxDate) {

    String name() {
        return schema.name();
    }

    /** The last word of the name's core, its head noun ("taking" of GROSS_TAKINGS), or "" for an empty core. */
    String lastWord() {
        return core.isEmpty() ? "" : core.get(core.size() - 1);
    }

    boolean isNumeric() {
        return schema.isNumeric();
    }

    boolean isMeasure() {
        return role == ColumnRole.MEASURE;
    }

    boolean isTime() {
        return role == ColumnRole.DATE || role == ColumnRole.YEAR;
    }

    /** A numeric measure with few distinct integer values (cylinders, a 1-5 rating, the hour of the day). */
    boolean isOrdinal() {
        return role == ColumnRole.MEASURE
                && "integer".equals(schema.type())
                && schema.distinct() > 0
                && schema.distinct() <= 24;
    }

    /**
     * An integer that stands for a category ("Pclass", "Generation", "District", "Community Area", a thing's number such
     * as "Lane_No" 1-4): its values are counted one by one, never binned, added up or correlated.
     */
    boolean isCode() {
        return role == ColumnRole.MEASURE
                && "integer".equals(schema.type())
                && schema.distinct() > 0
                && schema.distinct() <= 100
                && (ColumnRoles.namesCode(words)
                        || ColumnRoles.namesNumber(words)
                        || monthOfYear()
                        || weekOfYear()
                        || hourOfDay());
    }

    /** A week of the year ({@link ColumnRoles#weekOfYear}). */
    private boolean weekOfYear() {
        return ColumnRoles.weekOfYear(words, minNum, maxNum);
    }

    /** The hour of the day ({@link ColumnRoles#hourOfDay}): counted hour by hour, never added up. */
    boolean hourOfDay() {
        return words.contains("hour") && ColumnRoles.hourOfDay(schema);
    }

    /** A month of the year ({@link ColumnRoles#monthOfYear}). */
    boolean monthOfYear() {
        return ColumnRoles.monthOfYear(words, minNum, maxNum);
    }

    boolean isDatetime() {
        return "datetime".equals(schema.type());
    }

    /** A measure of percentages by its unit or name (COMM_%, pct_score, Offer % of Asking). */
    boolean isPercent() {
        return isMeasure()
                && ("%".equals(schema.unit())
                        || schema.name().contains("%")
                        || words.stream().anyMatch(w -> w.equals("pct") || w.startsWith("percent")));
    }

    /** A stored fraction 0-1 that people talk about in percent (Discount 0-0.8). */
    boolean isFraction() {
        return isNumeric() && !Double.isNaN(maxNum) && maxNum <= 1.0 && minNum >= -1.0 && !"%".equals(schema.unit());
    }

    long distinct() {
        return schema.distinct();
    }
}
