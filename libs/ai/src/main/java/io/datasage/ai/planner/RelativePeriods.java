package io.datasage.ai.planner;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * Periods counted back from the data's latest date: "last quarter", "past 30 days", "the last two years", "this
 * year", "ytd", "yesterday". Analysts' files are often old, so "last month" is the last month in the data.
 */
final class RelativePeriods {

    private static final List<String> RELATIVE =
            List.of("last past previous trailing recent latest prior preceding this current".split(" "));

    private RelativePeriods() {}

    static DatePhrases.Found match(List<Token> tokens, int i, LocalDate max) {
        String w = tokens.get(i).raw();
        if ("ytd".equals(w)) {
            return new DatePhrases.Found(
                    new Period(LocalDate.of(max.getYear(), 1, 1), max, "year to date", true, false, false), 1);
        }
        if ("mtd".equals(w)) {
            return new DatePhrases.Found(
                    new Period(max.withDayOfMonth(1), max, "month to date", true, false, false), 1);
        }
        if ("today".equals(w)) {
            return new DatePhrases.Found(new Period(max, max, "the latest day", true, false, false), 1);
        }
        if ("yesterday".equals(w)) {
            return new DatePhrases.Found(
                    new Period(max.minusDays(1), max.minusDays(1), "the day before the latest", true, false, false), 1);
        }
        int j = i;
        if ("most".equals(w)
                && j + 1 < tokens.size()
                && "recent".equals(tokens.get(j + 1).raw())) {
            j++;
            w = "recent";
        }
        if (!RELATIVE.contains(w)) {
            return null;
        }
        j++;
        int n = 1;
        boolean counted = false;
        if (j < tokens.size() && tokens.get(j).isNumber() && !tokens.get(j).is(Token.PERCENT)) {
            n = (int) Math.round(tokens.get(j).number());
            counted = true;
            j++;
        } else if (j < tokens.size()
                && ("few".equals(tokens.get(j).raw())
                        || "couple".equals(tokens.get(j).raw()))) {
            n = "few".equals(tokens.get(j).raw()) ? 3 : 2;
            counted = true;
            j++;
            if (j < tokens.size() && "of".equals(tokens.get(j).raw())) {
                j++;
            }
        }
        if (j >= tokens.size() || n < 1 || n > 1000) {
            return null;
        }
        String unit = tokens.get(j).stem();
        String text = DatePhrases.joined(tokens, i, j + 1);
        boolean rolling = counted && n > 1;
        switch (unit) {
            case "day":
                return new DatePhrases.Found(
                        new Period(max.minusDays(n - 1L), max, text, true, rolling, false), j - i + 1);
            case "week":
                return new DatePhrases.Found(
                        new Period(max.minusDays(7L * n - 1), max, text, true, rolling, false), j - i + 1);
            case "month":
                return new DatePhrases.Found(
                        new Period(
                                max.withDayOfMonth(1).minusMonths(n - 1L),
                                DatePhrases.endOfMonth(max),
                                text,
                                true,
                                rolling,
                                false),
                        j - i + 1);
            case "quarter": {
                LocalDate qStart = DatePhrases.quarterOf(max.getYear(), max.get(IsoFields.QUARTER_OF_YEAR), "", true)
                        .from();
                return new DatePhrases.Found(
                        new Period(
                                qStart.minusMonths(3L * (n - 1)),
                                qStart.plusMonths(3).minusDays(1),
                                text,
                                true,
                                rolling,
                                false),
                        j - i + 1);
            }
            case "year":
            case "yr":
                return new DatePhrases.Found(
                        new Period(
                                LocalDate.of(max.getYear() - n + 1, 1, 1),
                                LocalDate.of(max.getYear(), 12, 31),
                                text,
                                true,
                                rolling,
                                false),
                        j - i + 1);
            default:
                return null;
        }
    }
}
