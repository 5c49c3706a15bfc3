package io.datasage.charts;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMilliVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Test data written the way libs/ingest writes datasets (Arrow IPC file, datasage.type metadata, categories as
 * Int32-indexed Utf8 dictionaries), and loadable into DuckDB with the same values. Values are Long, Double,
 * Boolean, LocalDate, LocalDateTime or String; null is a missing value.
 */
final class TestTable {

    /** One column of values. */
    record Column(String name, ColumnType type, String unit, List<Object> values) {}

    private final List<Column> columns = new ArrayList<>();

    TestTable add(String name, ColumnType type, Object... values) {
        return add(name, type, null, Arrays.asList(values));
    }

    TestTable add(String name, ColumnType type, String unit, List<Object> values) {
        if (!columns.isEmpty() && columns.get(0).values().size() != values.size()) {
            throw new IllegalArgumentException("column " + name + " has " + values.size() + " rows, expected "
                    + columns.get(0).values().size());
        }
        columns.add(new Column(name, type, unit, new ArrayList<>(values)));
        return this;
    }

    List<Column> columns() {
        return columns;
    }

    int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).values().size();
    }

    /** Writes the table as an Arrow IPC file in record batches of {@code batchSize} rows. */
    Path writeArrow(Path file, int batchSize) throws IOException {
        try (BufferAllocator allocator = new RootAllocator()) {
            DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider();
            List<FieldVector> vectors = new ArrayList<>();
            List<Map<String, Integer>> dictionaries = new ArrayList<>();
            long dictionaryId = 0;
            for (Column column : columns) {
                Map<String, String> meta = new LinkedHashMap<>();
                meta.put("datasage.type", column.type().wireName());
                if (column.unit() != null) {
                    meta.put("datasage.unit", column.unit());
                }
                Map<String, Integer> indices = new LinkedHashMap<>();
                if (column.type() == ColumnType.CATEGORY) {
                    for (Object value : column.values()) {
                        if (value != null) {
                            indices.putIfAbsent((String) value, indices.size());
                        }
                    }
                    VarCharVector values = new VarCharVector("dict" + dictionaryId, allocator);
                    values.allocateNew(indices.size());
                    int i = 0;
                    for (String value : indices.keySet()) {
                        values.setSafe(i++, value.getBytes(StandardCharsets.UTF_8));
                    }
                    values.setValueCount(indices.size());
                    DictionaryEncoding encoding =
                            new DictionaryEncoding(dictionaryId++, false, new ArrowType.Int(32, true));
                    provider.put(new Dictionary(values, encoding));
                    vectors.add(new IntVector(
                            column.name(),
                            new FieldType(true, new ArrowType.Int(32, true), encoding, meta),
                            allocator));
                } else {
                    vectors.add(new FieldType(true, arrowType(column.type()), null, meta)
                            .createNewSingleVector(column.name(), allocator, null));
                }
                dictionaries.add(indices);
            }
            List<Field> fields = new ArrayList<>();
            vectors.forEach(v -> fields.add(v.getField()));
            try (VectorSchemaRoot root = new VectorSchemaRoot(fields, vectors);
                    FileChannel channel = FileChannel.open(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING);
                    ArrowFileWriter writer = new ArrowFileWriter(root, provider, channel)) {
                writer.start();
                for (int from = 0; from < rows() || from == 0; from += batchSize) {
                    int len = Math.min(batchSize, rows() - from);
                    root.allocateNew();
                    for (int c = 0; c < columns.size(); c++) {
                        fill(vectors.get(c), columns.get(c), dictionaries.get(c), from, len);
                    }
                    root.setRowCount(len);
                    writer.writeBatch();
                    if (rows() == 0) {
                        break;
                    }
                }
                writer.end();
            } finally {
                for (Long id : provider.getDictionaryIds()) {
                    provider.lookup(id).getVector().close();
                }
            }
        }
        return file;
    }

    private static ArrowType arrowType(ColumnType type) {
        switch (type) {
            case INTEGER:
                return new ArrowType.Int(64, true);
            case DECIMAL:
                return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            case BOOLEAN:
                return ArrowType.Bool.INSTANCE;
            case DATE:
                return new ArrowType.Date(DateUnit.DAY);
            case DATETIME:
                return new ArrowType.Timestamp(TimeUnit.MILLISECOND, null);
            default:
                return ArrowType.Utf8.INSTANCE;
        }
    }

    private static void fill(FieldVector vector, Column column, Map<String, Integer> dictionary, int from, int len) {
        for (int i = 0; i < len; i++) {
            Object value = column.values().get(from + i);
            if (value == null) {
                vector.setNull(i);
                continue;
            }
            switch (column.type()) {
                case INTEGER:
                    ((BigIntVector) vector).setSafe(i, (Long) value);
                    break;
                case DECIMAL:
                    ((Float8Vector) vector).setSafe(i, (Double) value);
                    break;
                case BOOLEAN:
                    ((BitVector) vector).setSafe(i, (Boolean) value ? 1 : 0);
                    break;
                case DATE:
                    ((DateDayVector) vector).setSafe(i, (int) ((LocalDate) value).toEpochDay());
                    break;
                case DATETIME:
                    ((TimeStampMilliVector) vector)
                            .setSafe(
                                    i,
                                    ((LocalDateTime) value)
                                            .toInstant(ZoneOffset.UTC)
                                            .toEpochMilli());
                    break;
                case CATEGORY:
                    ((IntVector) vector).setSafe(i, dictionary.get((String) value));
                    break;
                default:
                    ((VarCharVector) vector).setSafe(i, ((String) value).getBytes(StandardCharsets.UTF_8));
            }
        }
        vector.setValueCount(len);
    }

    /** Creates table {@code name} with the same columns plus {@code __rid} (row order) and appends every row. */
    void loadDuckDb(Connection connection, String name) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE " + name + " (__rid BIGINT");
        for (Column column : columns) {
            ddl.append(", ").append(quote(column.name())).append(' ').append(sqlType(column.type()));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl.append(')').toString());
        }
        try (DuckDBAppender appender =
                connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, name)) {
            for (int row = 0; row < rows(); row++) {
                appender.beginRow();
                appender.append((long) row);
                for (Column column : columns) {
                    Object value = column.values().get(row);
                    if (value == null) {
                        appender.appendNull();
                    } else if (value instanceof Long) {
                        appender.append((long) (Long) value);
                    } else if (value instanceof Double) {
                        appender.append((double) (Double) value);
                    } else if (value instanceof Boolean) {
                        appender.append((boolean) (Boolean) value);
                    } else if (value instanceof LocalDate) {
                        appender.append((LocalDate) value);
                    } else if (value instanceof LocalDateTime) {
                        appender.append((LocalDateTime) value);
                    } else {
                        appender.append((String) value);
                    }
                }
                appender.endRow();
            }
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String sqlType(ColumnType type) {
        switch (type) {
            case INTEGER:
                return "BIGINT";
            case DECIMAL:
                return "DOUBLE";
            case BOOLEAN:
                return "BOOLEAN";
            case DATE:
                return "DATE";
            case DATETIME:
                return "TIMESTAMP";
            default:
                return "VARCHAR";
        }
    }
}
