package io.datasage.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The type DataSage infers for a column; {@link #typeName()} is what profile.json and Arrow metadata say. */
public enum ColumnType {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    DATE,
    DATETIME,
    CATEGORY,
    TEXT;

    @JsonValue
    public String typeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ColumnType fromName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    public boolean isTemporal() {
        return this == DATE || this == DATETIME;
    }

    public boolean isString() {
        return this == CATEGORY || this == TEXT;
    }
}
