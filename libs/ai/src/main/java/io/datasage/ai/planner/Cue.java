package io.datasage.ai.planner;

/** The kinds of keyword the planner listens for; {@link Lexicon} maps words and phrases to them. */
enum Cue {
    /** An aggregation word; arg sum, mean, median, min or max. */
    AGG,
    /** "how many", "number of", "count". */
    COUNT,
    /** "unique", "distinct". */
    UNIQUE,
    /** A superlative; arg "desc" or "asc", then optionally ":" and a measure concept ("desc:quantity"). */
    SUPER,
    /** "top"; "bottom". arg desc or asc. */
    TOP,
    RANK,
    /** Sort direction; arg asc, desc or alpha. */
    ORDER,
    BY,
    PER,
    EACH,
    /** "colour by", "split by": the next column is the series. */
    SERIES,
    /** A time grain adjective ("monthly") or phrase ("month over month"); arg the grain. */
    GRAIN,
    /** A time unit noun ("month"), meaningful after by/per/each. arg the grain. */
    UNIT,
    TREND,
    DIST,
    OUTLIER,
    REL,
    /** "affect", "impact of X on Y": the first column is the cause (x). arg "rev" when the cause comes last. */
    CAUSE,
    MATRIX,
    SHARE,
    /** "breakdown of", "broken down by": a pie for one grouping, otherwise just grouping. */
    BREAKDOWN,
    COMPARE,
    VS,
    /** A chart word; arg the chart type. */
    CHART,
    STACKED,
    GROUPED,
    LIST,
    OVERVIEW,
    /** "what is", "how much", "overall": a question that wants one number. */
    VALUEQ,
    NOT,
    /** A comparison; arg the operator. "or more" style postfixes have arg starting with "post". */
    CMP,
    BETWEEN,
    TO,
    AND,
    OR,
    SINCE,
    AFTER,
    BEFORE,
    UNTIL,
    LAST,
    THIS,
    YTD,
    WHICH,
    WHERE,
    /** "positive", "negative", "zero", "loss": a sign filter; arg the operator and value ("<0"). */
    SIGN,
    /** "containing", "mentioning": a text filter on a quoted word. */
    CONTAINS,
    NOW,
    INSTEAD,
    WHATABOUT,
    SAME,
    ALSO,
    MAKEIT,
    ONLY,
    REMOVE,
    SHOWALL,
    /** "on average", "typical". */
    AVERAGE_OF,
    /** "rate", "ratio": the share of true in a yes/no column. */
    RATE,
    /** "hour", "hourly": finer than the contract's grains. */
    HOUR,
    /** "pay more", "sell for less": a comparison of the money measure between groups; arg desc or asc. */
    MORE,
    /** "x axis", "on the y axis": the column next to it goes on that axis; arg x or y. */
    AXIS,
    /** How a chart looks (labels, colours, fonts, gridlines, dot size): a follow-up of only these keeps the chart. */
    STYLE
}
