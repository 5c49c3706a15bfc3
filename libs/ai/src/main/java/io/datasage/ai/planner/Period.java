package io.datasage.ai.planner;

import java.time.LocalDate;

/**
 * A span of calendar time named in a question ("2024", "March 2024", "Q1", "last 6 months").
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param text the words that named it
 * @param relative whether it was placed relative to the data (a month without a year, "last quarter")
 * @param rolling whether it is a window of several units ("last 6 months") rather than one calendar period
 * @param explicitYear whether the words gave a year
 */
record Period(LocalDate from, LocalDate to, String text, boolean relative, boolean rolling, boolean explicitYear) {

    /** The same calendar span moved into {@code year} (for "Jan to Mar 2017": January takes March's year). */
    Period inYear(int year) {
        int shift = year - to.getYear();
        return new Period(from.plusYears(shift), to.plusYears(shift), text, false, rolling, true);
    }

    /** From the start of this period to the end of {@code other}. */
    Period through(Period other) {
        return new Period(from, other.to, text + " - " + other.text, relative || other.relative, false, explicitYear);
    }
}
