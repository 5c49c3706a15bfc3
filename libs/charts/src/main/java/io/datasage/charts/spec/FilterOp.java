package io.datasage.charts.spec;

import java.util.Locale;
import java.util.Map;

/** Filter comparison operators of the chart spec. */
public enum FilterOp {
    EQ("="),
    NE("!="),
    GT(">"),
    GE(">="),
    LT("<"),
    LE("<="),
    IN("in"),
    BETWEEN("between"),
    CONTAINS("contains");

    private static final Map<String, FilterOp> ALIASES = Map.ofEntries(
            Map.entry("==", EQ),
            Map.entry("eq", EQ),
            Map.entry("is", EQ),
            Map.entry("equals", EQ),
            Map.entry("<>", NE),
            Map.entry("ne", NE),
            Map.entry("neq", NE),
            Map.entry("not", NE),
            Map.entry("gt", GT),
            Map.entry("gte", GE),
            Map.entry("ge", GE),
            Map.entry("lt", LT),
            Map.entry("lte", LE),
            Map.entry("le", LE),
            Map.entry("=>", GE),
            Map.entry("=<", LE),
            Map.entry("like", CONTAINS),
            Map.entry("ilike", CONTAINS));

    private final String symbol;

    FilterOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Parses a chart-spec op or an alias ("gte", "=="); null when unknown. */
    public static FilterOp parse(String value) {
        if (value == null) {
            return null;
        }
        String key = value.trim().toLowerCase(Locale.ROOT);
        for (FilterOp op : values()) {
            if (op.symbol.equals(key)) {
                return op;
            }
        }
        return ALIASES.get(key);
    }

    /** Comparisons that order values. */
    public boolean isOrdering() {
        return this == GT || this == GE || this == LT || this == LE || this == BETWEEN;
    }
}
