package io.datasage.ingest.arrow;

import io.datasage.ingest.infer.ColumnSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * The Arrow field of each column type, with the metadata other services read: {@code datasage.type} always,
 * {@code datasage.format} and {@code datasage.unit} when known.
 */
public final class ArrowFields {

    public static final String TYPE = "datasage.type";
    public static final String FORMAT = "datasage.format";
    public static final String UNIT = "datasage.unit";

    /** Category indexes are signed 32-bit integers. */
    public static final ArrowType.Int INDEX_TYPE = new ArrowType.Int(32, true);

    static final ArrowType TYPE_UTF8 = ArrowType.Utf8.INSTANCE;

    private ArrowFields() {}

    /** @param dictionaryId the dictionary id for a category column (ignored otherwise) */
    public static Field field(ColumnSpec spec, long dictionaryId) {
        Map<String, String> metadata = metadata(spec);
        switch (spec.type()) {
            case INTEGER:
                return field(spec, new ArrowType.Int(64, true), metadata);
            case DECIMAL:
                return field(spec, new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), metadata);
            case BOOLEAN:
                return field(spec, ArrowType.Bool.INSTANCE, metadata);
            case DATE:
                return field(spec, new ArrowType.Date(DateUnit.DAY), metadata);
            case DATETIME:
                return field(spec, new ArrowType.Timestamp(TimeUnit.MILLISECOND, null), metadata);
            case CATEGORY:
                DictionaryEncoding encoding = new DictionaryEncoding(dictionaryId, false, INDEX_TYPE);
                return new Field(spec.name(), new FieldType(true, INDEX_TYPE, encoding, metadata), List.of());
            default:
                return field(spec, ArrowType.Utf8.INSTANCE, metadata);
        }
    }

    private static Field field(ColumnSpec spec, ArrowType type, Map<String, String> metadata) {
        return new Field(spec.name(), new FieldType(true, type, null, metadata), List.of());
    }

    private static Map<String, String> metadata(ColumnSpec spec) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(TYPE, spec.type().typeName());
        if (spec.format() != null) {
            metadata.put(FORMAT, spec.format());
        }
        if (spec.unit() != null) {
            metadata.put(UNIT, spec.unit());
        }
        return metadata;
    }
}
