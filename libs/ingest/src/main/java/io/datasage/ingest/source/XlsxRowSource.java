package io.datasage.ingest.source;

import com.github.pjfanning.xlsx.SharedStringsImplementationType;
import com.github.pjfanning.xlsx.StreamingReader;
import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * An XLSX workbook read with excel-streaming-reader: rows are parsed from the sheet XML as they are iterated, so a
 * sheet is never in memory; only the shared-strings table is (moved to a temp file when it really is large).
 */
public final class XlsxRowSource extends WorkbookRowSource {

    private final Workbook workbook;
    private final boolean sharedStringsOffHeap;
    private long physicalRows = -1;

    private XlsxRowSource(Workbook workbook, long size, IngestOptions options, boolean sharedStringsOffHeap)
            throws IngestException {
        super(SourceFormat.XLSX, workbook, size, options);
        this.workbook = workbook;
        this.sharedStringsOffHeap = sharedStringsOffHeap;
    }

    /** Opens the workbook after {@link ZipInspector} has inflated it once and found it neither a bomb nor damaged. */
    public static XlsxRowSource open(Path file, IngestOptions options) throws IngestException {
        ZipInspector.Contents contents = ZipInspector.inspect(file, options);
        Workbook workbook = null;
        try {
            StreamingReader.Builder builder =
                    StreamingReader.builder().rowCacheSize(200).bufferSize(64 * 1024);
            // Decided from the bytes the table really inflated to, not the size the archive claims for it.
            boolean offHeap = contents.sharedStringsSize() > options.sharedStringsInMemoryBytes();
            if (offHeap) {
                builder.setSharedStringsImplementationType(SharedStringsImplementationType.TEMP_FILE_BACKED);
            }
            workbook = builder.open(file.toFile());
            return new XlsxRowSource(workbook, Files.size(file), options, offHeap);
        } catch (IngestException | IOException | RuntimeException e) {
            throw openFailed(e, workbook);
        }
    }

    @Override
    public RowCursor open() throws IngestException {
        try {
            Iterator<Row> rows = sheet.rowIterator();
            long known = physicalRows > 0 ? physicalRows : sheet.getLastRowNum() + 1L;
            AutoCloseable closer = rows instanceof AutoCloseable ? (AutoCloseable) rows : null;
            return new SheetCursor(rows, closer, capacity, known, count -> physicalRows = count, failures);
        } catch (RuntimeException e) {
            throw failures.translate(e);
        }
    }

    /** True when the shared-strings table was moved to a temp file because of its real size. */
    boolean sharedStringsOffHeap() {
        return sharedStringsOffHeap;
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }
}
