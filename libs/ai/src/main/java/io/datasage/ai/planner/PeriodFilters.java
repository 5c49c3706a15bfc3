package io.datasage.ai.planner;

import io.datasage.ai.planner.Part.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Reads calendar filters: "in 2024", "since 2020", "before 2019", "between 2015 and 2017", "2015 onwards", "last quarter". */
final class PeriodFilters {
    private static final Set<String> POSTFIX_SINCE =
            Set.of("onwards", "onward", "and later", "or later", "and after", "on or after");
    private static final Set<String> POSTFIX_UNTIL = Set.of("and earlier", "or earlier", "and before", "on or before");

    private final Question q;
    private final List<Part> parts;
    // Set when the question named the date by the things and what was done to them: no year column stands in for it.
    private boolean eventNamed;

    PeriodFilters(Question q) {
        this.q = q;
        this.parts = q.parts;
    }

    private Part at(int k) {
        return Parts.at(parts, k);
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Whether a period is one whole calendar year, said with its number ("2024"). */
    private static boolean wholeYear(Period p) {
        return p.explicitYear()
                && p.from().getDayOfYear() == 1
                && p.to().equals(LocalDate.of(p.from().getYear(), 12, 31));
    }

    void read() {
        latestYears();
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Kind.DATE || p.used) {
                continue;
            }
            if (isNumberInDisguise(k)) {
                parts.set(k, Part.number(p.start, q.tokens.get(p.start)));
                continue;
            }
            Period period = p.period;
            Part following = at(k + 1);
            if (wholeYear(period)
                    && following != null
                    && following.kind == Kind.DATE
                    && (following.start == p.end
                            || following.start == p.end + 1
                                    && "(".equals(q.tokens.get(p.end).raw()))
                    && !following.period.explicitYear()) {
                // "over summer 2024 (june to august)": the months that follow a year are of that year.
                parts.set(
                        k + 1,
                        Part.date(
                                following.start,
                                following.end,
                                following.text,
                                following.period.inYear(period.from().getYear())));
                p.used = true;
                continue;
            }
            int last = k;
            Part mid = at(k + 1);
            Part second = at(k + 2);
            boolean range = false;
            if (yearsCompared(p, mid, second)) {
                // "total rent paid 2024 vs 2025": the two years side by side, never both at once (no row is in both).
                ColumnInfo years = q.index.yearColumn();
                ColumnInfo target = years != null ? years : dateTarget(k);
                if (target != null) {
                    q.filters.addAll(FilterValues.period(target, "between", period.through(second.period), p.text));
                }
                if (years != null) {
                    q.addDim(years, Question.DimRole.BY, years.name());
                } else {
                    q.grain = "year";
                }
                // Two years compared are bars, not a trend of two points.
                q.chart = q.chart == null ? "bar" : q.chart;
                p.used = true;
                mid.used = true;
                second.used = true;
                continue;
            }
            if (mid != null
                    && (mid.is(Cue.TO) || mid.is(Cue.AND) || mid.is(Cue.UNTIL))
                    && second != null
                    && second.kind == Kind.DATE) {
                Period other = second.period;
                if (!period.explicitYear() && other.explicitYear()) {
                    period = period.inYear(other.to().getYear());
                } else if (period.explicitYear() && !other.explicitYear()) {
                    // "2024 (june to august)": August takes June's year.
                    other = other.inYear(period.from().getYear());
                }
                if (!other.from().isBefore(period.from())) {
                    period = period.through(other);
                    last = k + 2;
                    range = true;
                }
            }
            String op = "between";
            Part before = at(k - 1);
            boolean cueBefore = true;
            if (before != null && before.is(Cue.SINCE)) {
                op = range ? "between" : ">=";
            } else if (before != null && before.is(Cue.AFTER)) {
                op = ">";
            } else if (before != null && before.is(Cue.BEFORE)) {
                op = "<";
            } else if (before != null && before.is(Cue.UNTIL)) {
                op = "<=";
            } else if (before != null
                    && before.is(Cue.CMP)
                    && !before.arg.startsWith("post")
                    && !"=".equals(before.arg)) {
                op = "over".equals(before.text) || "!=".equals(before.arg) ? "between" : before.arg;
            } else if (before != null && before.is(Cue.BETWEEN)) {
                op = "between";
            } else {
                cueBefore = false;
            }
            Part after = at(last + 1);
            if (after != null && after.is(Cue.SINCE) && POSTFIX_SINCE.contains(after.text)) {
                op = ">=";
                after.used = true;
            } else if (after != null && after.is(Cue.UNTIL) && POSTFIX_UNTIL.contains(after.text)) {
                op = "<=";
                after.used = true;
            } else if (after != null && after.is(Cue.CMP) && after.arg.startsWith("post")) {
                op = after.arg.substring(4);
                after.used = true;
            }
            ColumnInfo target = dateTarget(cueBefore ? k - 1 : k);
            if (target == null) {
                continue;
            }
            target = eventNamed ? target : yearOfTheDate(target, period);
            if (after != null
                    && after.kind == Kind.COLUMN
                    && after.start == parts.get(last).end
                    && after.column().role() == ColumnRole.YEAR) {
                // "in the 2024 season" beside SEASON: the year column named right after the year is the one kept,
                // a filter, not a grouping too.
                target = after.column();
                after.used = true;
            }
            q.filters.addAll(FilterValues.period(target, op, period, period.text()));
            p.used = true;
            if (cueBefore) {
                before.used = true;
            }
            if (last > k) {
                mid.used = true;
                second.used = true;
            }
            if (period.relative()) {
                LocalDate max = target.maxDate();
                q.notes.add("Read '" + period.text() + "' as " + period.from() + " to " + period.to()
                        + ", counting back from the latest " + target.name() + " in the data"
                        + (max == null ? "" : " (" + max + ")") + ".");
            }
            q.rolling |= period.rolling();
        }
    }

    /**
     * "top pickers this season", "spend in the current fin year" beside a Season of whole years: the latest year the
     * column holds ("last season" the one before it).
     */
    private void latestYears() {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part cue = parts.get(k);
            Part name = parts.get(k + 1);
            boolean latest = cue.is(Cue.THIS) || cue.is(Cue.LAST) && "last".equals(cue.text);
            if (!latest
                    || cue.used
                    || name.kind != Kind.COLUMN
                    || name.start != cue.end
                    || name.column().role() != ColumnRole.YEAR
                    || Double.isNaN(name.column().maxNum())) {
                continue;
            }
            ColumnInfo years = name.column();
            long year = (long) years.maxNum() - (cue.is(Cue.LAST) ? 1 : 0);
            q.filters.add(new Question.Filter(years, "=", year, cue.text + " " + name.text, false));
            q.notes.add("Read '" + cue.text + " " + name.text + "' as " + years.name() + " = " + year
                    + ", the latest in the data" + (cue.is(Cue.LAST) ? " but one." : "."));
            cue.used = true;
            name.used = true;
        }
    }

    /** Two whole years joined by "vs" ("2024 vs 2025"), the earlier first. */
    private static boolean yearsCompared(Part first, Part mid, Part second) {
        return mid != null
                && mid.is(Cue.VS)
                && second != null
                && second.kind == Kind.DATE
                && first.end - first.start == 1
                && second.end - second.start == 1
                && first.text.matches("\\d{4}")
                && second.text.matches("\\d{4}")
                && first.period.from().isBefore(second.period.from());
    }

    private boolean isNumberInDisguise(int k) {
        Part p = parts.get(k);
        Token t = q.tokens.get(p.start);
        if (p.end - p.start != 1 || !t.isYear()) {
            return false;
        }
        Part before = at(k - 1);
        if (before == null || !(before.is(Cue.CMP) || before.is(Cue.BETWEEN))) {
            return false;
        }
        Part col = at(k - 2);
        ColumnInfo time = q.index.timeColumn();
        int year = (int) Math.round(t.number());
        boolean outside = time == null
                || time.minDate() == null
                || year < time.minDate().getYear()
                || year > time.maxDate().getYear();
        return col != null && col.kind == Kind.COLUMN && col.column().isMeasure() && outside;
    }

    /**
     * "how many pilotage jobs in 2024", "trips per month in 2023" beside Job Dt or booking_dt and a year column: a whole
     * year said in the question, of the file's main date, is the year column the export keeps for it. (A follow-up's
     * bare "just 2024" goes through the follow-up's own rules.)
     */
    private ColumnInfo yearOfTheDate(ColumnInfo target, Period period) {
        ColumnInfo years = q.index.yearColumn();
        boolean wholeYears = !period.relative()
                && period.explicitYear()
                && period.from().getDayOfYear() == 1
                && period.to().getMonthValue() == 12
                && period.to().getDayOfMonth() == 31;
        // Loss Year is the year of Loss Date, not of Notified Dt; a bare Yr or YEAR, a Season or an Edition Yr that no
        // other date names is the main date's.
        boolean ofTarget = years != null
                && years.words().stream()
                        .filter(w -> !"year".equals(w))
                        .allMatch(w -> target.words().contains(w) || !namesOtherDate(w, target));
        return target == q.index.primaryDate && ofTarget && wholeYears && spansTheDate(years, target) ? years : target;
    }

    /** REG_YEAR 2009-2025 beside VAL_DATE 2023-2025 is another thing's year: the date's own spans its years. */
    private static boolean spansTheDate(ColumnInfo years, ColumnInfo date) {
        if (years.minDate() == null || date.minDate() == null || date.maxDate() == null) {
            return true;
        }
        return years.minDate().getYear() >= date.minDate().getYear() - 1
                && (years.maxDate() == null
                        || years.maxDate().getYear() <= date.maxDate().getYear() + 1);
    }

    private boolean namesOtherDate(String word, ColumnInfo target) {
        return q.index.dateColumns().stream()
                .anyMatch(d -> d != target && d.words().contains(word));
    }

    private ColumnInfo dateTarget(int cueIndex) {
        eventNamed = false;
        for (int j = cueIndex - 1; j >= cueIndex - 2 && j >= 0; j--) {
            Part c = parts.get(j);
            ColumnInfo event = j == cueIndex - 1 ? eventDate(j) : null;
            if (event != null) {
                return event;
            }
            if (c.kind != Kind.COLUMN) {
                if (c.kind == Kind.VALUE || c.kind == Kind.DATE || c.is(Cue.BY)) {
                    break;
                }
                continue;
            }
            List<ColumnInfo> near = c.closeColumns();
            List<ColumnInfo> dates = near.stream().filter(ColumnInfo::isTime).toList();
            // "performances in 2024" beside Perf Date, Perf Slot and Days Before Perf: the one date the word names.
            if (dates.size() == near.size() || dates.size() == 1 && c.columns.size() > 1) {
                Part grouping = at(j - 1);
                if (grouping == null || !grouping.isGrouping()) {
                    c.used = true;
                }
                // "campaigns posted in 2024" beside Posted Date and Campaign Year: the deed's own date, said as done.
                eventNamed |= j == cueIndex - 1
                        && c.end - c.start == 1
                        && Words.isParticiple(q.tokens.get(c.start).word());
                return dates.get(0);
            }
            break;
        }
        ColumnInfo named = namedDate();
        if (named == null && q.previousTime == null) {
            named = dateOfADeed();
        }
        // "just 2024" after moves per month over MOVE_DT: the period of the dates the chart already runs over.
        return named != null ? named : q.previousTime != null ? q.previousTime : q.index.timeColumn();
    }

    /**
     * "total paid out to shearers between jan and march 2025" beside VISIT_DT and PAID_DT: a participle of the
     * question that one date's name holds says which date the period is of; null when none or several do.
     */
    private ColumnInfo dateOfADeed() {
        ColumnInfo found = null;
        for (int i = 0; i < q.tokens.size(); i++) {
            Token t = q.tokens.get(i);
            // Not "members booked a court in 2024": a verb with its object says what was done, the period is of the
            // play.
            boolean object = i + 1 < q.tokens.size()
                    && ARTICLES.contains(q.tokens.get(i + 1).word());
            if (!t.isWord() || !Words.isParticiple(t.word()) || object) {
                continue;
            }
            ColumnInfo c = q.index.dateOfVerb(t.word());
            if (c != null) {
                if (found != null && found != c) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /**
     * "jobs did we receive in 2024" beside Received Date and collected_date, "orders placed in 2023" beside OrderDate
     * and TravelDate: the verb of a date's name, or the things whose date it is followed by what was done to them,
     * right before the period (not "booked a court in 2024"), is the date the period is of.
     */
    private ColumnInfo eventDate(int j) {
        Part c = parts.get(j);
        if (c.kind != Kind.WORD || c.end - c.start != 1) {
            return null;
        }
        String w = q.tokens.get(c.start).word();
        ColumnInfo named = q.index.dateOfVerb(w);
        if (named != null) {
            c.used = true;
            return named;
        }
        Part things = at(j - 1);
        if (things == null
                || things.kind != Kind.COLUMN
                || things.end != c.start
                || things.end - things.start != 1
                || !Words.isParticiple(w)) {
            return null;
        }
        ColumnInfo date = q.index.dateNamedBy(q.tokens.get(things.start).stem());
        if (date != null) {
            // The things and their verb say which date; neither is a measure or a grouping besides. Things named by
            // their id are still what is counted ("bookings made in 2025" over lines sharing a BookingNo).
            things.used |= things.column().role() != ColumnRole.ID;
            c.used = true;
            // "orders placed in 2023": that date's own, never a year column the export keeps for the main date.
            eventNamed = true;
        }
        return date;
    }

    /**
     * The one date column the question names elsewhere ("inspections per month in 2024" with Last Inspected): the
     * period is of the dates it is about, not of the file's main date.
     */
    private ColumnInfo namedDate() {
        ColumnInfo named = null;
        for (Part c : parts) {
            if (c.kind == Kind.COLUMN && c.column().role() == ColumnRole.DATE) {
                if (named != null && named != c.column()) {
                    return null;
                }
                named = c.column();
            }
        }
        return named != null ? named : datedThing();
    }

    /**
     * "jobs done jan-jun 2024" beside job_date and job_year: the one date a word begins when every other column it
     * begins is a year (that date's); null otherwise.
     */
    private ColumnInfo datedBesideItsYear(String stem) {
        List<ColumnInfo> named = q.index.columns.stream()
                .filter(o -> !o.words().isEmpty() && o.words().get(0).equals(stem))
                .toList();
        List<ColumnInfo> dates =
                named.stream().filter(o -> o.role() == ColumnRole.DATE).toList();
        boolean yearsBeside = named.stream().allMatch(o -> o.role() == ColumnRole.DATE || o.role() == ColumnRole.YEAR);
        return dates.size() == 1 && named.size() > 1 && yearsBeside ? dates.get(0) : null;
    }

    /** "enquiries over time, 2024" beside enquiry_date and event_date: the date of the thing the rows are called. */
    private ColumnInfo datedThing() {
        for (Part c : parts) {
            if (c.kind != Kind.WORD || c.end - c.start != 1) {
                continue;
            }
            String stem = q.tokens.get(c.start).stem();
            ColumnInfo date = q.index.datedThings.get(stem);
            if (date == null) {
                date = datedBesideItsYear(stem);
            }
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
