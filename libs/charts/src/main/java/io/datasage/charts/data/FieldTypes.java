package io.datasage.charts.data;

import io.datasage.charts.ColumnType;
import org.apache.arrow.vector.TypeLayout;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Which Arrow fields the engine reads, and how many IPC field nodes and buffers each field occupies. The physical
 * Arrow type decides how bytes are read; the {@code datasage.type} metadata is a label that must agree with it.
 */
final class FieldTypes {

    private FieldTypes() {}

    /** The logical type the engine reads this field as, or null when it cannot chart it. */
    static ColumnType physicalType(Field field) {
        ArrowType type = field.getType();
        DictionaryEncoding dictionary = field.getDictionary();
        if (dictionary != null) {
            ArrowType.Int index = dictionary.getIndexType();
            boolean int32 = index == null || (index.getBitWidth() == 32 && index.getIsSigned());
            return int32 && type instanceof ArrowType.Utf8 ? ColumnType.CATEGORY : null;
        }
        if (type instanceof ArrowType.Int) {
            ArrowType.Int integer = (ArrowType.Int) type;
            return integer.getBitWidth() == 64 && integer.getIsSigned() ? ColumnType.INTEGER : null;
        }
        if (type instanceof ArrowType.FloatingPoint) {
            return ((ArrowType.FloatingPoint) type).getPrecision() == FloatingPointPrecision.DOUBLE
                    ? ColumnType.DECIMAL
                    : null;
        }
        if (type instanceof ArrowType.Bool) {
            return ColumnType.BOOLEAN;
        }
        if (type instanceof ArrowType.Date) {
            return ((ArrowType.Date) type).getUnit() == DateUnit.DAY ? ColumnType.DATE : null;
        }
        if (type instanceof ArrowType.Timestamp) {
            return ((ArrowType.Timestamp) type).getUnit() == TimeUnit.MILLISECOND ? ColumnType.DATETIME : null;
        }
        if (type instanceof ArrowType.Utf8) {
            return ColumnType.TEXT;
        }
        return null;
    }

    /** Field nodes of this field and its children, in IPC order. */
    static int nodeCount(Field field) {
        int count = 1;
        for (Field child : field.getChildren()) {
            count += nodeCount(child);
        }
        return count;
    }

    /** Buffers of this field and its children; a dictionary-encoded field has its index vector's two. */
    static int bufferCount(Field field) {
        int count = field.getDictionary() != null ? 2 : TypeLayout.getTypeBufferCount(field.getType());
        for (Field child : field.getChildren()) {
            count += bufferCount(child);
        }
        return count;
    }
}
