package io.datasage.charts;

import java.util.Objects;

/**
 * What a chart spec may refer to: a column's real name, logical type and optional display unit.
 *
 * @param name the original header name (may contain spaces, capitals, punctuation)
 * @param type the logical type
 * @param unit optional display unit such as {@code "$"} or {@code "%"} ({@code datasage.unit}), or null
 * @param format optional display format hint ({@code datasage.format}), or null
 */
public record ColumnInfo(String name, ColumnType type, String unit, String format) {

    public ColumnInfo {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(type, "column type of '" + name + "'");
    }

    /** A column without unit or format. */
    public static ColumnInfo of(String name, ColumnType type) {
        return new ColumnInfo(name, type, null, null);
    }
}
