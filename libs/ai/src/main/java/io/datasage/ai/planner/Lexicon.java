package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keyword vocabulary: words and phrases mapped to {@link Cue}s. Phrases match the question's normalised words,
 * singulars or raw words (a phrase word written "=word" must match exactly, so that "tables" stays a category value
 * while "table" asks for a table); hyphens in the question are skipped; the longest phrase wins.
 */
final class Lexicon {

    /** A matched keyword. */
    record Hit(Cue cue, String arg, int length) {}

    private record Entry(String[] words, Cue cue, String arg) {}

    private static final String TABLE = """
        AGG:sum = total, totals, sum, sum of, summed, summing, combined, aggregate, aggregated, grand total, in total, altogether, all together, cumulative
        AGG:mean = average, mean, averaged, averages, means, arithmetic mean
        AGG:median = median, medians, middle value
        AGG:max = maximum, max, peak, highest value, largest value, biggest value, record high
        AGG:min = minimum, min, lowest value, smallest value, record low
        AVERAGE_OF = on average, per capita, typical, typically, avg per, average per
        COUNT = how many, number of, count, count of, counts, counting, counted, tally, headcount, head count, frequency of, total number of, total no of, total count of, qty of, no of, amount of times
        UNIQUE = unique, distinct, different
        SUPER:desc = highest, largest, biggest, greatest, most, best, top performing, best performing, highest performing, strongest, leading, maximal
        SUPER:asc = lowest, smallest, least, fewest, worst, worst performing, lowest performing, weakest, poorest, bottom performing, minimal
        SUPER:desc:quantity|sales = best selling, bestselling, top selling, most sold, highest selling, biggest selling, most ordered, most purchased, most bought
        SUPER:asc:quantity|sales = worst selling, least sold, slowest selling, least ordered, least purchased
        SUPER:desc:sales|quantity = bought the most, buy the most, buys the most, purchased the most, spent the most, spend the most, spends the most, sold the most, sell the most, sells the most, took the most money, takes the most money, made the most money, makes the most money, most money, brought in the most, ordered the most, order the most, biggest spenders, top spenders, top buyers, biggest buyers
        SUPER:desc:count = most popular, most common, most frequent, busiest, most active, most visited, most used, used most, most often, most frequently, appears most
        SUPER:asc:count = least popular, least common, least frequent, rarest, quietest, least used
        SUPER:desc:profit = most profitable, highest profit, highest margin, most lucrative
        SUPER:asc:profit = least profitable, loss making, money losing, unprofitable, biggest losers
        SUPER:desc:price = most expensive, priciest, costliest, highest priced, dearest
        SUPER:asc:price = least expensive, cheapest, lowest priced
        SUPER:desc:salary = highest paid, best paid, top paid, top earning, highest earning, top earners, highest earners, best compensated
        SUPER:asc:salary = lowest paid, worst paid, least paid, lowest earning, lowest earners
        SUPER:desc:age = oldest, eldest
        SUPER:asc:age = youngest
        SUPER:desc:temperature = hottest, warmest
        SUPER:asc:temperature = coldest, coolest, chilliest
        SUPER:desc:weight = heaviest
        SUPER:asc:weight = lightest
        SUPER:desc:efficiency = most efficient, most fuel efficient, most economical
        SUPER:asc:efficiency = least efficient, least fuel efficient, least economical
        SUPER:desc:sales|amount = most valuable, highest value, biggest spending, highest spending
        SUPER:desc:horsepower = most powerful, strongest engine
        SUPER:asc:horsepower = least powerful, weakest engine
        SUPER:desc:satisfaction = most satisfied, happiest, most happy, most loyal
        SUPER:asc:satisfaction = least satisfied, unhappiest, least happy, most dissatisfied
        SUPER:desc:rating|satisfaction|score = highest rated, best rated, top rated
        SUPER:asc:rating|satisfaction|score = lowest rated, worst rated
        SUPER:desc:humidity = most humid, dampest, wettest
        SUPER:asc:humidity = driest, least humid
        SUPER:desc:tenure = most experienced, longest serving, most senior, longest tenure
        SUPER:asc:tenure = least experienced, most junior, newest hires
        SUPER:desc:discount = most discounted, biggest discount, highest discount
        SUPER:asc:duration|hour|time|minute|second|day|delay|latency|resolution|acceleration = fastest, quickest, soonest, fastest to resolve
        SUPER:desc:duration|hour|time|minute|day|delay|latency|resolution = slowest, longest, most delayed
        SUPER:asc:duration|length|distance|time|hour|minute|second|day = shortest
        SUPER:desc:height = tallest
        SUPER:desc:wealth|income|salary = richest, wealthiest
        TOP:desc = top, first
        TOP:asc = bottom
        RANK = rank, ranks, ranking, rankings, ranked, sort, sorted, sorting, =order by, =ordered by, arrange, arranged, leaderboard, league table, rank order
        ORDER:asc = ascending, increasing, increasing order, low to high, lowest to highest, smallest to largest, least to most, smallest first, lowest first, worst to best, bottom up
        ORDER:desc = descending, decreasing, decreasing order, high to low, highest to lowest, largest to smallest, most to least, biggest first, largest first, highest first, best to worst, top down, biggest to smallest
        ORDER:alpha = alphabetical, alphabetically, alphabetic, a to z, a z, by name, chronological, chronologically, in order
        ORDER:rev = reverse, reversed, flip, flipped, the other way
        BY = by, grouped by, group by, groupby, broken out by, bucketed by, organized by, according to, in terms of, wise, based on, as per, by different, by the different, by various
        PER = per, for every single
        EACH = for each, for every, in each, each, every, across, across all, across the, within each, among, amongst, by each, for the different, between the different, throughout, for different, for various, for the various, across different, across the different, across various, in different, in the different, for all the, of each, of every, in every
        SERIES = color by, colored by, color coded by, coloring by, with color by, color, split by, split out by, split it by, split that by, split this by, split them by, segmented by, segment it by, break it down by, break that down by, break this down by, stacked by, stack by, hue, legend by, one line per, a line per, one line for each, a line for each, separate lines for, separate line for each, differentiate by, distinguish by, series by, with series, disaggregated by, further by
        GRAIN:day = daily, day by day, day over day, dod, per diem, each day, every day
        GRAIN:week = weekly, week by week, week over week, wow, biweekly, fortnightly, each week, every week
        GRAIN:month = monthly, month by month, month over month, mom, each month, every month, monthly basis
        GRAIN:quarter = quarterly, quarter by quarter, quarter over quarter, qoq, each quarter, every quarter
        GRAIN:year = yearly, annual, annually, year by year, year over year, year on year, yoy, each year, every year, annualized, per annum, over the years, across years
        UNIT:day = day, days, date, dates, calendar day
        UNIT:week = week, weeks
        UNIT:month = month, months
        UNIT:quarter = quarter, quarters
        UNIT:year = year, years, fiscal year
        HOUR = hourly, hour, hours, by the hour, time of day, hour of day, hour of the day, hours of the day, minute, minutes
        TREND = trend, trends, trending, trended, trendline, over time, over the months, over the weeks, over the period, over the season, through the season, across the season, during the season, over the year, through the year, through time, across time, time series, timeseries, timeline, time line, evolution, evolve, evolves, evolved, evolving, movement, movements, progression, progressed, history, historical, historically, growth, grow, grows, grew, growing, grown, decline, declining, declined, changed, change over time, changes over time, changing, seasonality, seasonal, fluctuate, fluctuates, fluctuation, fluctuations, trajectory, momentum, as time goes, with time, run rate, moving average, rolling average, time trend, going up, going down
        DIST = distribution, distributions, distributed, distribute, spread, spread out, dispersion, variability, variation, variance, standard deviation, std deviation, deviation, density, frequency distribution, range of, range, skew, skewness, skewed, shape of, binned, bins, buckets, bucketed
        OUTLIER = outlier, outliers, anomaly, anomalies, anomalous, unusual, extreme, extremes, abnormal, odd values, oddities, quartile, quartiles, iqr, percentile, percentiles
        REL = relationship, relationships, relation, relations, related, relate, relates, correlation, correlations, correlate, correlates, correlated, correlating, association, associated, associate, link, linked, links, connection, connected, dependence, dependency, trade off, tradeoff, interplay, go together, covariance, regression, r squared, interaction
        CAUSE:fwd = affect, affects, affecting, impact, impacts, impacting, influence, influences, influencing, effect, effects, effect of, impact of, influence of, drive, drives, driving, determine, determines, predict, predicts, predictor of, explain, explains, matter for, lead to, leads to, cause, causes
        CAUSE:rev = depend on, depends on, dependent on, depending on, as a function of, driven by, affected by, influenced by, impacted by, explained by, determined by, predicted by, caused by, function of
        MATRIX = correlation matrix, corr matrix, correlation heatmap, correlation table, pairwise, all correlations, scatter matrix, pair plot, pairplot, pairs plot, what is correlated, which variables are correlated, which columns are correlated, what correlates
        BREAKDOWN = breakdown, break down, broken down, breakdown of, breakdown by, break down by, broken down by, broke down by, broken out by
        SHARE = share, shares, proportion, proportions, proportional, percentage, percentages, percent, pct, composition, makeup, make up, makes up, mix, contribution, contributions, contribute, contributes, contributed, fraction, fractions, part of, portion of, split, percent of, percentage of, share of, slice, slices, % of
        RATE = rate, rates, ratio, ratios
        MORE:desc = pay more, pays more, paid more, cost more, costs more, spend more, spends more, spent more, sell for more, sells for more, sold for more, earn more, earns more, earned more, charged more, get paid more, more expensive, pricier
        MORE:asc = pay less, pays less, paid less, cost less, costs less, spend less, spends less, spent less, sell for less, sells for less, sold for less, earn less, earns less, earned less, charged less, get paid less, cheaper, less expensive
        COMPARE = compare, compares, compared, comparing, comparison, comparisons, contrast, contrasting, difference between, differences between, benchmark, benchmarking, how does, how do
        VS = vs, =v, versus, against, compared to, compared with, relative to, in relation to, plotted against, as opposed to, with respect to
        CHART:bar = bar, bars, bar chart, bar graph, bar plot, barchart, bar charts, column chart, column graph, columns chart, horizontal bar, vertical bar, funnel, waterfall, pareto, lollipop
        CHART:line = line, lines, line chart, line graph, line plot, linechart, run chart, sparkline, line charts
        CHART:area = area chart, area graph, area plot, filled line, stacked area, mountain chart
        CHART:pie = pie, pie chart, piechart, pie graph, donut, doughnut, donut chart, doughnut chart, ring chart, treemap, tree map, sunburst
        CHART:scatter = scatter, scatterplot, scatter plot, scatter chart, scatter graph, xy plot, x y plot, bubble, bubble chart, dot plot, point plot, scattergram
        CHART:histogram = histogram, histograms, histo, frequency chart, frequency plot, frequency histogram
        CHART:heatmap = heatmap, heat map, heatmaps, heat chart, matrix chart, heat grid
        CHART:box = =box, boxplot, boxplots, box plot, box plots, box and whisker, box and whiskers, whisker, whiskers, violin, violin plot, candle
        CHART:table = =table, tabular, tabulate, tabulated, grid, spreadsheet, crosstab, cross tab, pivot table, pivot, data table
        CHART:kpi = kpi, single number, big number, number card, kpi card, scorecard, score card, gauge, headline number, just the number
        CHART:map = map, choropleth, geo map, world map, heat map of states
        STACKED = stacked, stack, stacking, on top of each other
        GROUPED = grouped, clustered, side by side, next to each other, dodged, grouped bar, clustered bar, clustered column
        LIST = =list, show every, show me every, list every, enumerate, give me a list, list out, list all, itemize, a list of
        OVERVIEW = overview, summary, summarize, summary statistics, describe, description, preview, sample, head, show me the data, the data, all the data, raw data, first rows, first few rows, at a glance, snapshot, explore, exploration, eda, whats in, what is in, dashboard, anything interesting, something interesting, insights, insight
        VALUEQ = what is, what are, what was, what were, what would be, how much, tell me, give me the, whats, do we have, is there, are there, calculate, compute, find the, overall, in all
        NOT = not, never, not in, excluding, exclude, excludes, excluded, except, except for, other than, without, apart from, aside from, but not, ignoring, ignore, omit, omitting, leave out, leaving out, non, outside, outside of, besides, neither, nor, minus
        CMP:> = above, over, more than, greater than, higher than, larger than, bigger than, exceeding, exceeds, exceed, exceeded, in excess of, upwards of, north of, >, greater, beyond, older than, longer than, heavier than, more expensive than, costlier than, hotter than, warmer than, deeper than, taller than, wider than, faster than, farther than, further than, superior to
        CMP:>= = at least, no less than, not less than, minimum of, min of, >=, =>, a minimum of
        CMP:post>= = or more, or above, or higher, or greater, and above, and up, and over, or older, +, or better, and higher
        CMP:< = below, under, less than, lower than, fewer than, smaller than, beneath, younger than, cheaper than, shorter than, lighter than, colder than, cooler than, shallower than, narrower than, slower than, closer than, nearer than, <, inferior to
        CMP:<= = at most, no more than, not more than, maximum of, max of, <=, =<, up to, a maximum of
        CMP:post<= = or less, or fewer, or below, or lower, and below, and under, or younger, or worse
        CMP:= = equal to, equals, equal, exactly, =, ==, is equal to, of exactly, that is exactly, rated
        CMP:!= = !=, <>, not equal to, different from, does not equal, is not equal to
        BETWEEN = between, in the range, within the range, ranging from, range from, in range
        TO = to, -
        AND = and, &, as well as
        OR = or, and or, either
        SINCE = since, from, starting, starting from, starting in, starting at, beginning, beginning in, as of, onwards, onward, and later, or later, and after, on or after, from then on
        AFTER = after, later than, more recent than, subsequent to
        BEFORE = before, prior to, earlier than, ahead of
        UNTIL = until, till, up until, through, thru, no later than, by the end of, and earlier, or earlier, and before, on or before, up to and including
        LAST = last, past, previous, prior, trailing, preceding, recent, most recent, latest, final, lately, recently
        THIS = this, current, so far this, the current
        YTD = ytd, year to date, mtd, month to date, qtd, quarter to date, so far this year
        WHICH = which, who, what
        WHERE = where, with, having, whose, that, for which, in which, such that, when, if, that have, that has, which have, which has, who have, who has, who are, that are, those with, those who, people who, ones with, ones that, taking place, take place, takes place, took place
        SIGN:>0 = positive, above zero, greater than zero, more than zero
        SIGN:>0:profit = profitable, in the black, in profit, making money
        SIGN:<0 = negative, below zero, less than zero, a minus
        SIGN:<0:profit = loss, losses, losing, in the red, at a loss, lost money, losing money, deficit
        SIGN:=0 = zero, nil
        SIGN:!=0 = nonzero, non zero, not zero
        CONTAINS = containing, contains, contain, mentioning, mention, mentions, that mention, with the word, including the word, matching, that say, saying, with text, includes the word, with the phrase, include the word, containing the word, mentioned
        NOW = now, next, ok now, okay now, and now, alright now
        INSTEAD = instead, rather, in place of, in stead, replace with
        WHATABOUT = what about, how about, and what about, what if, same for, same thing for, do the same for, repeat for, same but for, same with, now for, and for, now do
        SAME = same, the same, same thing, similarly, likewise, again
        ALSO = also, too, as well, additionally, add, add in, include, plus, in addition, along with, together with, on top
        MAKEIT = make it, change the, change it, change its, change them, change all, make the, make them, make all, make these, make those, make this chart, make the chart, make this, make that, change it to, change to, change that to, change this to, switch to, switch it to, swap to, swap it to, turn it into, turn this into, turn that into, convert to, convert it to, show it as, show this as, show that as, display it as, display as, as a, as an, in a, render as, plot it as, draw it as, use a, try a, redo as, show as, visualize as, plot as, change chart to, change the chart to, change type to, use an
        ONLY = only, just, solely, exclusively, limit to, restrict to, filter to, filter for, filter by, filter on, focus on, zoom in on, drill into, drill down into, narrow to, specifically, limited to, restricted to, keep only, show only
        REMOVE = remove, clear, drop, reset, undo, get rid of, take out, take away, unfilter, no filter, no filters, without filter, without filters, without the filter, unfiltered, all time, everything, all years, all dates, any year, delete, cancel
        AXIS:x = x axis, on x, on the x, along x, along the x, horizontal axis, as x, as the x, x =, x :, x is, on the horizontal, across the bottom
        AXIS:y = y axis, on y, on the y, along y, along the y, vertical axis, as y, as the y, y =, y :, y is, on the vertical, up the side
        STYLE = labelled, labeled, labeling, labelling, axis label, axis labels, axis title, axis titles, axes, chart title, a title, gridline, gridlines, grid line, grid lines, font, fonts, font size, text size, legend, legends, tooltip, tooltips, theme, dark mode, light mode, background, opacity, transparent, transparency, marker, markers, dot, dots, point size, dot size, marker size, line width, thickness, thicker, thinner, bolder, bold, italic, rotate, rotated, horizontal, vertical, horizontally, vertically, red, green, blue, orange, purple, yellow, black, grey, gray, pink, teal, brown, navy, darker, lighter, brighter, pastel, colour scheme, color scheme, palette, colours, colors, prettier, nicer, cleaner, bigger font, smaller font, larger font, data labels, annotations, annotate, zoom, log scale, logarithmic, percent axis, currency format
        SHOWALL = show all, show everything, all of them, no limit, remove the limit, full list, entire list, everyone, all rows, without limit
        """;

    private static final Map<String, List<Entry>> BY_FIRST = new HashMap<>();

    static {
        for (String line : TABLE.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf(" = ");
            String head = line.substring(0, eq).trim();
            int colon = head.indexOf(':');
            Cue cue = Cue.valueOf(colon < 0 ? head : head.substring(0, colon));
            String arg = colon < 0 ? null : head.substring(colon + 1);
            for (String phrase : line.substring(eq + 3).split(",")) {
                String p = phrase.trim();
                if (p.isEmpty()) {
                    continue;
                }
                String[] words = p.split(" ");
                for (int i = 0; i < words.length; i++) {
                    boolean exact = words[i].startsWith("=") && words[i].length() > 1;
                    String w = exact ? words[i].substring(1) : words[i];
                    String n = w.chars().allMatch(Character::isLetter) ? Words.normalize(w) : w;
                    words[i] = exact ? "=" + n : n;
                }
                String first = words[0].startsWith("=") ? words[0].substring(1) : words[0];
                BY_FIRST.computeIfAbsent(first, k -> new ArrayList<>()).add(new Entry(words, cue, arg));
            }
        }
        for (List<Entry> entries : BY_FIRST.values()) {
            entries.sort(Comparator.comparingInt((Entry e) -> e.words().length).reversed());
        }
    }

    private Lexicon() {}

    /** The longest keyword starting at token {@code i}, or null. {@code length} counts tokens, hyphens included. */
    static Hit match(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.is(Token.QUOTED) || t.is(Token.DATE)) {
            return null;
        }
        Hit best = null;
        for (String key : keys(t)) {
            List<Entry> entries = BY_FIRST.get(key);
            if (entries == null) {
                continue;
            }
            for (Entry e : entries) {
                int len = matchLength(e.words(), tokens, i);
                if (len > 0 && (best == null || len > best.length())) {
                    best = new Hit(e.cue(), e.arg(), len);
                }
            }
        }
        if (best != null && best.cue() == Cue.CHART && best.length() == 1 && i + 1 < tokens.size()) {
            Set<String> nouns = NOT_CHARTS.get(t.word());
            if (nouns != null && nouns.contains(tokens.get(i + 1).word())) {
                return null;
            }
        }
        if (best != null
                && best.cue() == Cue.AGG
                && best.length() == 1
                && ("min".equals(t.raw()) || "mins".equals(t.raw()))
                && i > 0
                && tokens.get(i - 1).isNumber()) {
            // "over 480 min": minutes after a number, not the minimum.
            return null;
        }
        if (best != null
                && best.cue() == Cue.UNTIL
                && best.length() == 1
                && i > 0
                && TILL_NOUN_BEFORE.contains(tokens.get(i - 1).word())) {
            // "how many voids per till", "which till takes the most": the till itself, not "until".
            return null;
        }
        if (best != null && best.cue() == Cue.UNTIL && best.length() == 1 && t.isPlural()) {
            // "which tills took the most money": tills, not "till" (until).
            return null;
        }
        if (best != null
                && best.cue() == Cue.UNTIL
                && "till".equals(t.word())
                && i + 1 < tokens.size()
                && tokens.get(i + 1).isPlural()) {
            // "share of till lines", "till receipts": the till's things, not "until".
            return null;
        }
        if (best != null
                && best.cue() == Cue.MORE
                && i + best.length() < tokens.size()
                && "than".equals(tokens.get(i + best.length()).word())) {
            // "visits that cost more than $2000": the verb, then a comparison with a number, not "which cost more".
            return null;
        }
        return best;
    }

    /** Words after which "till" is the cash till, never "until". */
    private static final Set<String> TILL_NOUN_BEFORE =
            Set.of("per", "each", "every", "by", "which", "what", "the", "a");

    /** Nouns that a chart word begins without meaning a chart: "box office", "line items", "table tennis". */
    private static final Map<String, Set<String>> NOT_CHARTS = Map.of(
            "box", Set.of("office", "offices"),
            "line",
                    Set.of(
                            "item",
                            "items",
                            "manager",
                            "managers",
                            "value",
                            "values",
                            "total",
                            "totals",
                            "amount",
                            "amounts",
                            "cost",
                            "costs"),
            "table", Set.of("tennis"),
            "map", Set.of("reading"));

    /** Real words one slip from a keyword: "summer" is no misspelt "summed". */
    private static final Set<String> SEASONS = Set.of("summer", "winter", "spring", "autumn");

    /** The one-word keyword that {@code word} misspells ("averge", "histgram"), or null. */
    static Hit typo(String word) {
        if (word.length() < 5 || SEASONS.contains(word)) {
            return null;
        }
        for (Map.Entry<String, List<Entry>> e : BY_FIRST.entrySet()) {
            String key = e.getKey();
            // One slip only: two edits turn keywords into other real words ("collected" is not "connected").
            if (key.length() >= 6 && Words.isTypo(word, key) && Words.distance(word, key, 1) <= 1) {
                for (Entry entry : e.getValue()) {
                    if (entry.words().length == 1) {
                        return new Hit(entry.cue(), entry.arg(), 1);
                    }
                }
            }
        }
        return null;
    }

    /** Whether any keyword at all starts with this word (used to keep keywords out of typo matching). */
    static boolean isKeyword(String word) {
        return BY_FIRST.containsKey(word);
    }

    private static List<String> keys(Token t) {
        if (t.isSymbol() || t.isNumber()) {
            return List.of(t.raw());
        }
        if (t.word().equals(t.stem()) && t.word().equals(t.raw())) {
            return List.of(t.word());
        }
        List<String> keys = new ArrayList<>(3);
        keys.add(t.word());
        if (!t.stem().equals(t.word())) {
            keys.add(t.stem());
        }
        if (!t.raw().isEmpty() && !keys.contains(t.raw())) {
            keys.add(t.raw());
        }
        return keys;
    }

    private static int matchLength(String[] words, List<Token> tokens, int start) {
        int i = start;
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                while (i < tokens.size() && "-".equals(tokens.get(i).raw()) && !"-".equals(words[w])) {
                    i++;
                }
            }
            if (i >= tokens.size() || !wordMatches(words[w], tokens.get(i))) {
                return 0;
            }
            i++;
        }
        return i - start;
    }

    private static boolean wordMatches(String phraseWord, Token t) {
        if (t.is(Token.QUOTED) || t.is(Token.DATE) || (t.isNumber() && !t.is(Token.WORDS))) {
            return false;
        }
        if (phraseWord.startsWith("=") && phraseWord.length() > 1) {
            String w = phraseWord.substring(1);
            return w.equals(t.word()) || w.equals(t.raw());
        }
        return phraseWord.equals(t.word()) || phraseWord.equals(t.stem()) || phraseWord.equals(t.raw());
    }
}
