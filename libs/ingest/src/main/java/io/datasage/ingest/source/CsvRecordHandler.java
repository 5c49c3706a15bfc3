package io.datasage.ingest.source;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * Receives FastCSV's fields into one reused array (no per-record allocation besides the strings), keeps at most
 * {@code capacity} of them while still counting the rest, and refuses fields longer than the limit.
 */
final class CsvRecordHandler extends AbstractBaseCsvCallbackHandler<CsvRecordHandler> {

    private final String[] fields;
    private final long maxFieldChars;
    private int stored;
    private int total;
    private long line;

    CsvRecordHandler(int capacity, long maxFieldChars) {
        this.fields = new String[capacity];
        this.maxFieldChars = maxFieldChars;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        line = startingLineNumber;
        stored = 0;
        total = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        if (len > maxFieldChars) {
            throw new FieldTooLongException(line, index);
        }
        if (index < fields.length) {
            fields[index] = len == 0 ? "" : new String(buf, offset, len);
            stored = index + 1;
        }
        total = index + 1;
    }

    @Override
    protected CsvRecordHandler buildRecord() {
        return this;
    }

    int stored() {
        return stored;
    }

    int total() {
        return total;
    }

    String field(int index) {
        return fields[index];
    }

    long line() {
        return line;
    }

    /** A field over the size limit, at a known line and field index. */
    static final class FieldTooLongException extends RuntimeException {
        final long line;
        final int index;

        FieldTooLongException(long line, int index) {
            super("field " + index + " of the record at line " + line + " is too long", null, false, false);
            this.line = line;
            this.index = index;
        }
    }
}
