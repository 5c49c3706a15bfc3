package io.datasage.ingest.source;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import io.datasage.ingest.IngestException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One pass over a delimited text file through FastCSV, with its failures turned into messages for people. */
final class CsvCursor implements RowCursor {

    private final CsvReader<CsvRecordHandler> reader;
    private final CloseableIterator<CsvRecordHandler> records;
    private final CsvRecordHandler handler;
    private final CountingInputStream bytes;
    private final long size;
    private final long maxFieldChars;
    private final ColumnNames names;

    CsvCursor(
            CsvReader<CsvRecordHandler> reader,
            CsvRecordHandler handler,
            CountingInputStream bytes,
            long size,
            long maxFieldChars,
            ColumnNames names) {
        this.reader = reader;
        this.records = reader.iterator();
        this.handler = handler;
        this.bytes = bytes;
        this.size = size;
        this.maxFieldChars = maxFieldChars;
        this.names = names;
    }

    @Override
    public boolean next() throws IngestException {
        try {
            if (!records.hasNext()) {
                return false;
            }
            records.next();
            return true;
        } catch (UncheckedIOException e) {
            throw new IngestException(
                    "parsing", "the file could not be read: " + e.getCause().getMessage(), e);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private IngestException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CsvRecordHandler.FieldTooLongException) {
                CsvRecordHandler.FieldTooLongException tooLong = (CsvRecordHandler.FieldTooLongException) t;
                return tooLong(tooLong.line, tooLong.index, e);
            }
            String message = t.getMessage();
            if (message != null && message.contains("maximum buffer size")) {
                return tooLong(handler.line(), handler.total(), e);
            }
        }
        return new IngestException(
                "parsing",
                "the file could not be parsed as CSV near line " + handler.line() + ": " + e.getMessage(),
                e);
    }

    private IngestException tooLong(long line, int index, Exception cause) {
        return new IngestException(
                "parsing",
                "row " + line + ", " + names.describe(index) + " holds more than " + Sizes.human(maxFieldChars)
                        + " of text (if it should not, a quote is probably never closed)",
                cause);
    }

    @Override
    public int size() {
        return handler.stored();
    }

    @Override
    public int totalFields() {
        return handler.total();
    }

    @Override
    public String get(int index) {
        return handler.field(index);
    }

    @Override
    public long rowNumber() {
        return handler.line();
    }

    @Override
    public double fraction() {
        return size == 0 ? 1 : Math.min(1.0, bytes.count() / (double) size);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Closing a file we only read cannot lose data.
        }
    }
}
