package io.datasage.ai.planner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Recognises calendar phrases: years, months, quarters, halves, decades, ISO dates, and periods relative to the
 * data's latest date ("last quarter", "past 30 days", "this year", "ytd"): analysts' files are often old, so
 * "last month" means the last month in the data, never the calendar's.
 */
final class DatePhrases {

    /** A period found at a position, {@code length} tokens long. */
    record Found(Period period, int length) {}

    private static final Map<String, Integer> MONTHS = numbers("""
        january=1 jan=1 february=2 feb=2 march=3 mar=3 april=4 apr=4 may=5 june=6 jun=6 july=7 jul=7 august=8 aug=8
        september=9 sep=9 sept=9 october=10 oct=10 november=11 nov=11 december=12 dec=12
        """);
    private static final Map<String, Integer> ORDINALS =
            numbers("first=1 1st=1 second=2 2nd=2 third=3 3rd=3 fourth=4 4th=4 last=4 final=4");

    private DatePhrases() {}

    private static Map<String, Integer> numbers(String text) {
        Map<String, Integer> out = new java.util.HashMap<>();
        Words.pairs(text).forEach((k, v) -> out.put(k, Integer.valueOf(v)));
        return Map.copyOf(out);
    }

    static boolean isMonth(String word) {
        return MONTHS.containsKey(word);
    }

    /** The period starting at token {@code i}, or null. {@code max} is the data's latest date (null: none). */
    static Found match(List<Token> tokens, int i, LocalDate max) {
        Token t = tokens.get(i);
        if (t.is(Token.DATE)) {
            return isoDate(t);
        }
        if (t.isNumber()
                && !t.is(Token.CURRENCY)
                && i + 1 < tokens.size()
                && "s".equals(tokens.get(i + 1).raw())
                && tokens.get(i + 1).is(Token.JOINED)) {
            int n = (int) Math.round(t.number());
            int start = n >= 1900 ? n : (n % 10 == 0 && n < 100 ? 1900 + n : -1);
            if (start > 0) {
                return new Found(
                        new Period(
                                LocalDate.of(start, 1, 1),
                                LocalDate.of(start + 9, 12, 31),
                                t.raw() + "s",
                                false,
                                false,
                                true),
                        2);
            }
        }
        if (t.isYear()) {
            return afterYear(tokens, i, (int) Math.round(t.number()));
        }
        Found day = dayMonthYear(tokens, i);
        if (day != null) {
            return day;
        }
        if (!t.isWord()) {
            return null;
        }
        String w = t.raw().isEmpty() ? t.word() : t.raw();
        if ("fy".equals(w) && i + 1 < tokens.size() && tokens.get(i + 1).isYear()) {
            int y = (int) Math.round(tokens.get(i + 1).number());
            return new Found(year(y, "FY" + y), 2);
        }
        Integer month = MONTHS.get(w);
        if (month != null) {
            return month(tokens, i, month, max);
        }
        Found q = quarter(tokens, i, max);
        if (q != null) {
            return q;
        }
        return max == null ? null : RelativePeriods.match(tokens, i, max);
    }

    private static Found isoDate(Token t) {
        String iso = t.word();
        if (iso.length() == 7) {
            LocalDate from = LocalDate.parse(iso + "-01");
            return new Found(new Period(from, from.plusMonths(1).minusDays(1), iso, false, false, true), 1);
        }
        LocalDate d = LocalDate.parse(iso.substring(0, 10));
        return new Found(new Period(d, d, iso, false, false, true), 1);
    }

    private static Found afterYear(List<Token> tokens, int i, int y) {
        int j = i + 1;
        if (j < tokens.size()
                && (("-".equals(tokens.get(j).raw()) || "/".equals(tokens.get(j).raw()))
                        && j + 1 < tokens.size()
                        && tokens.get(j + 1).isWord())) {
            j++;
        }
        if (j < tokens.size() && tokens.get(j).isWord()) {
            String w = tokens.get(j).raw();
            Integer m = MONTHS.get(w);
            if (m != null && !"may".equals(w)) {
                return new Found(monthOf(y, m, y + " " + w, false), j - i + 1);
            }
            if (w.matches("q[1-4]")) {
                return new Found(quarterOf(y, w.charAt(1) - '0', y + " " + w, false), j - i + 1);
            }
            if (w.matches("h[12]")) {
                return new Found(halfOf(y, w.charAt(1) - '0', y + " " + w, false), j - i + 1);
            }
        }
        return new Found(year(y, String.valueOf(y)), 1);
    }

    /** "1 dec 2022", "28th February 2023": one day, written day first. */
    private static Found dayMonthYear(List<Token> tokens, int i) {
        int d = dayOfMonth(tokens.get(i));
        int j = i + 1 + suffixOfDay(tokens, i + 1);
        if (d == 0 || j + 1 >= tokens.size() || !tokens.get(j + 1).isYear()) {
            return null;
        }
        Integer m = MONTHS.get(tokens.get(j).raw());
        if (m == null) {
            return null;
        }
        return dayOf((int) Math.round(tokens.get(j + 1).number()), m, d, joined(tokens, i, j + 2), j + 2 - i);
    }

    /** 1 when token {@code i} is the "rd" of "3rd" split from its number, else 0. */
    private static int suffixOfDay(List<Token> tokens, int i) {
        return i < tokens.size()
                        && tokens.get(i).is(Token.JOINED)
                        && ORDINAL_ENDINGS.contains(tokens.get(i).raw())
                ? 1
                : 0;
    }

    /** The day of the month a token writes ("1", "28th"), or 0. */
    private static int dayOfMonth(Token t) {
        String raw = t.raw();
        int n = raw.length();
        if (!(t.isNumber() && !t.is(Token.CURRENCY)) && n >= 3 && ORDINAL_ENDINGS.contains(raw.substring(n - 2))) {
            n -= 2;
        } else if (!t.isNumber() || t.is(Token.CURRENCY)) {
            return 0;
        }
        // Plain character checks: this runs on every token of every question.
        if (n < 1 || n > 2 || !Character.isDigit(raw.charAt(0)) || n == 2 && !Character.isDigit(raw.charAt(1))) {
            return 0;
        }
        int d = n == 1 ? raw.charAt(0) - '0' : (raw.charAt(0) - '0') * 10 + raw.charAt(1) - '0';
        return d >= 1 && d <= 31 ? d : 0;
    }

    private static final List<String> ORDINAL_ENDINGS = List.of("st", "nd", "rd", "th");

    /** The day, or null when the calendar has no such day (31 feb). */
    private static Found dayOf(int y, int m, int d, String text, int length) {
        if (d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        LocalDate day = LocalDate.of(y, m, d);
        return new Found(new Period(day, day, text, false, false, true), length);
    }

    private static Found month(List<Token> tokens, int i, int month, LocalDate max) {
        String w = tokens.get(i).raw();
        // "dec 1, 2022": one day, written month first.
        int day = i + 2 < tokens.size() ? dayOfMonth(tokens.get(i + 1)) : 0;
        if (day > 0) {
            int k = i + 2 + suffixOfDay(tokens, i + 2);
            k = k < tokens.size() && ",".equals(tokens.get(k).raw()) ? k + 1 : k;
            if (k < tokens.size() && tokens.get(k).isYear()) {
                Found found = dayOf(
                        (int) Math.round(tokens.get(k).number()), month, day, joined(tokens, i, k + 1), k - i + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        int j = i + 1;
        while (j < tokens.size()
                && (",".equals(tokens.get(j).raw())
                        || "of".equals(tokens.get(j).raw())
                        || "-".equals(tokens.get(j).raw()))) {
            j++;
        }
        if (j < tokens.size() && tokens.get(j).isYear()) {
            int y = (int) Math.round(tokens.get(j).number());
            return new Found(monthOf(y, month, w + " " + y, false), j - i + 1);
        }
        if ("may".equals(w) || "mar".equals(w) || "jun".equals(w) || "dec".equals(w) || "sep".equals(w)) {
            String before = i > 0 ? tokens.get(i - 1).raw() : "";
            if (!List.of(
                            "in", "since", "from", "during", "of", "until", "before", "after", "for", "to", "through",
                            "till", "and", "last", "between")
                    .contains(before)) {
                return null;
            }
        }
        if (max == null) {
            return null;
        }
        int y = month <= max.getMonthValue() ? max.getYear() : max.getYear() - 1;
        return new Found(monthOf(y, month, w, true), 1);
    }

    private static Found quarter(List<Token> tokens, int i, LocalDate max) {
        String w = tokens.get(i).raw();
        int q = 0;
        int half = 0;
        int len = 1;
        if (w.matches("q[1-4]")) {
            q = w.charAt(1) - '0';
        } else if (w.matches("h[12]")) {
            half = w.charAt(1) - '0';
        } else if ("quarter".equals(tokens.get(i).word())
                && i + 1 < tokens.size()
                && tokens.get(i + 1).isNumber()
                && tokens.get(i + 1).number() >= 1
                && tokens.get(i + 1).number() <= 4) {
            q = (int) Math.round(tokens.get(i + 1).number());
            len = 2;
        } else if (ORDINALS.containsKey(w) && i + 1 < tokens.size()) {
            String next = tokens.get(i + 1).word();
            // "last quarter" counts back from the data; "the last quarter of 2024" is its fourth.
            boolean ofAYear = i + 3 < tokens.size()
                    && "of".equals(tokens.get(i + 2).raw())
                    && tokens.get(i + 3).isYear();
            if ("quarter".equals(next) && (!"last".equals(w) && !"final".equals(w) || ofAYear)) {
                q = ORDINALS.get(w);
                len = 2;
            } else if ("half".equals(next) && ORDINALS.get(w) <= 2) {
                half = ORDINALS.get(w);
                len = 2;
            }
        }
        if (q == 0 && half == 0) {
            return null;
        }
        int j = i + len;
        while (j < tokens.size()
                && ("of".equals(tokens.get(j).raw())
                        || ",".equals(tokens.get(j).raw())
                        || "-".equals(tokens.get(j).raw()))) {
            j++;
        }
        String text = joined(tokens, i, i + len);
        if (j < tokens.size() && tokens.get(j).isYear()) {
            int y = (int) Math.round(tokens.get(j).number());
            Period p = q > 0 ? quarterOf(y, q, text + " " + y, false) : halfOf(y, half, text + " " + y, false);
            return new Found(p, j - i + 1);
        }
        if (max == null) {
            return null;
        }
        int y = max.getYear();
        Period p = q > 0 ? quarterOf(y, q, text, true) : halfOf(y, half, text, true);
        if (p.from().isAfter(max)) {
            p = q > 0 ? quarterOf(y - 1, q, text, true) : halfOf(y - 1, half, text, true);
        }
        return new Found(p, len);
    }

    static Period year(int y, String text) {
        return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), text, false, false, true);
    }

    private static Period monthOf(int y, int m, String text, boolean relative) {
        LocalDate from = LocalDate.of(y, m, 1);
        return new Period(from, endOfMonth(from), text, relative, false, !relative);
    }

    static Period quarterOf(int y, int q, String text, boolean relative) {
        LocalDate from = LocalDate.of(y, 3 * (q - 1) + 1, 1);
        return new Period(from, from.plusMonths(3).minusDays(1), text, relative, false, !relative);
    }

    private static Period halfOf(int y, int h, String text, boolean relative) {
        LocalDate from = LocalDate.of(y, h == 1 ? 1 : 7, 1);
        return new Period(from, from.plusMonths(6).minusDays(1), text, relative, false, !relative);
    }

    static LocalDate endOfMonth(LocalDate d) {
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    static String joined(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(k).raw());
        }
        return b.toString();
    }
}
