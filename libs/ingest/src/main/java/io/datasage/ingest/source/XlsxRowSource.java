package io.datasage.ingest.source;

import com.github.pjfanning.xlsx.SharedStringsImplementationType;
import com.github.pjfanning.xlsx.StreamingReader;
import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * An XLSX workbook read with excel-streaming-reader: rows are parsed from the sheet XML as they are iterated, so a
 * sheet is never in memory; only the shared-strings table is (moved to a temp file when it is large).
 */
public final class XlsxRowSource implements RowSource {

    /** Shared-strings tables larger than this are kept in a temp file instead of the heap. */
    private static final long SHARED_STRINGS_IN_MEMORY = 64L * 1024 * 1024;

    private final Workbook workbook;
    private final Sheet sheet;
    private final List<String> sheets;
    private final long size;
    private final int capacity;
    private final ExcelFailures failures = new ExcelFailures();
    private long physicalRows = -1;

    private XlsxRowSource(Workbook workbook, Sheet sheet, List<String> sheets, long size, int capacity) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.sheets = sheets;
        this.size = size;
        this.capacity = capacity;
    }

    public static XlsxRowSource open(Path file, IngestOptions options) throws IngestException {
        ZipInspector.Contents contents = ZipInspector.inspect(file);
        Workbook workbook = null;
        try {
            StreamingReader.Builder builder =
                    StreamingReader.builder().rowCacheSize(200).bufferSize(64 * 1024);
            if (contents.sharedStringsSize() > SHARED_STRINGS_IN_MEMORY) {
                builder.setSharedStringsImplementationType(SharedStringsImplementationType.TEMP_FILE_BACKED);
            }
            workbook = builder.open(file.toFile());
            List<String> sheets = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(workbook.getSheetName(i));
            }
            Workbook opened = workbook;
            int index = SheetChoice.resolve(options.sheet(), sheets, opened::isSheetHidden);
            Sheet sheet = workbook.getSheetAt(index);
            return new XlsxRowSource(workbook, sheet, sheets, Files.size(file), options.maxColumns() + 1);
        } catch (IngestException e) {
            closeQuietly(workbook);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook);
            throw new ExcelFailures().translate(e);
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

    @Override
    public SourceDescription describe() {
        return new SourceDescription(SourceFormat.XLSX, null, 0, null, sheet.getSheetName(), sheets, size);
    }

    @Override
    public boolean isSpreadsheet() {
        return true;
    }

    @Override
    public void nameColumns(List<String> names) {
        // Spreadsheet cells have no size limit worth naming a column for.
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Nothing was written; a failed close leaves nothing behind worth reporting.
            }
        }
    }
}
