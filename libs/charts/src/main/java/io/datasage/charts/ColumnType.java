package io.datasage.charts;

import java.util.Locale;

/** The logical type of a dataset column, as written in the Arrow field metadata {@code datasage.type}. */
public enum ColumnType {
    /** Whole numbers, stored as Arrow Int64. */
    INTEGER("integer"),
    /** Real numbers, stored as Arrow Float64. */
    DECIMAL("decimal"),
    /** true/false, stored as Arrow Bool. */
    BOOLEAN("boolean"),
    /** Calendar dates, stored as Arrow Date(DAY). */
    DATE("date"),
    /** Local date-times, stored as Arrow Timestamp(MILLISECOND) without a zone. */
    DATETIME("datetime"),
    /** Low-cardinality text, stored as dictionary-encoded Utf8 with Int32 indices. */
    CATEGORY("category"),
    /** Free text, stored as plain Utf8. */
    TEXT("text");

    private final String wireName;

    ColumnType(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in Arrow metadata, profiles and messages ({@code "decimal"}). */
    public String wireName() {
        return wireName;
    }

    /** Integer or decimal: can be summed and averaged. */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    /** Date or datetime: can be bucketed by a time grain. */
    public boolean isTemporal() {
        return this == DATE || this == DATETIME;
    }

    /** Category or text. */
    public boolean isText() {
        return this == CATEGORY || this == TEXT;
    }

    /** Parses a wire name ({@code "decimal"}); unknown names give {@code null}. */
    public static ColumnType fromWire(String name) {
        if (name == null) {
            return null;
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ColumnType type : values()) {
            if (type.wireName.equals(wanted)) {
                return type;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
