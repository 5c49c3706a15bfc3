package io.datasage.ingest.source;

import io.datasage.ingest.IngestException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.LongConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/** One pass over a sheet's rows (XLSX streamed, XLS in memory), cells turned into text by {@link CellText}. */
final class SheetCursor implements RowCursor {

    private final Iterator<Row> rows;
    private final AutoCloseable closer;
    private final String[] fields;
    private final CellText cellText = new CellText();
    private final long knownRows;
    private final LongConsumer onClose;
    private final ExcelFailures failures;
    private int size;
    private int total;
    private long rowNumber;
    private long rowsRead;

    /**
     * @param closer closes the row iterator, may be null
     * @param knownRows rows in the sheet if known (from its dimension or an earlier pass), else 0 or less
     * @param onClose receives how many physical rows this pass read
     */
    SheetCursor(
            Iterator<Row> rows,
            AutoCloseable closer,
            int capacity,
            long knownRows,
            LongConsumer onClose,
            ExcelFailures failures) {
        this.rows = rows;
        this.closer = closer;
        this.fields = new String[capacity];
        this.knownRows = knownRows;
        this.onClose = onClose;
        this.failures = failures;
    }

    @Override
    public boolean next() throws IngestException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                rowsRead++;
                if (read(row)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            throw failures.translate(e);
        }
    }

    /** Fills the fields from the row's cells; false when every cell is blank. */
    private boolean read(Row row) {
        Arrays.fill(fields, 0, size, null);
        size = 0;
        total = 0;
        boolean any = false;
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            String text = cellText.text(cell);
            if (text == null || text.isBlank()) {
                continue;
            }
            any = true;
            total = Math.max(total, column + 1);
            if (column < fields.length) {
                fields[column] = text;
                size = Math.max(size, column + 1);
            }
        }
        rowNumber = row.getRowNum() + 1L;
        return any;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int totalFields() {
        return total;
    }

    @Override
    public String get(int index) {
        return fields[index];
    }

    @Override
    public long rowNumber() {
        return rowNumber;
    }

    @Override
    public double fraction() {
        if (knownRows > 1) {
            return Math.min(1.0, rowsRead / (double) knownRows);
        }
        // No row count known: creep towards 1 without reaching it.
        return rowsRead / (rowsRead + 50_000.0);
    }

    @Override
    public void close() {
        onClose.accept(rowsRead);
        if (closer != null) {
            try {
                closer.close();
            } catch (Exception e) {
                // Closing a sheet we only read cannot lose data.
            }
        }
    }
}
