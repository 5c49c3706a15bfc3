package io.datasage.ingest.source;

import io.datasage.ingest.IngestException;
import java.util.List;

/** A file opened for reading rows: each {@link #open()} starts a new pass from the first row. */
public interface RowSource extends AutoCloseable {

    RowCursor open() throws IngestException;

    /** Format, encoding, delimiter and sheets, as far as known; the encoding label is final after the first pass. */
    SourceDescription describe();

    /** Whether rows come from a spreadsheet, where short rows are normal and nothing is "ragged". */
    boolean isSpreadsheet();

    /** Lets error messages name columns once the header is known. */
    void nameColumns(List<String> names);

    @Override
    void close();
}
