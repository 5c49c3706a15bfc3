package io.datasage.ingest.source;

import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** What the XLS and XLSX sources share: the chosen sheet, the workbook's sheet names and the description. */
abstract class WorkbookRowSource implements RowSource {

    private final SourceFormat format;
    private final List<String> sheets;
    private final long size;
    protected final Sheet sheet;
    protected final int capacity;
    protected final ExcelFailures failures = new ExcelFailures();

    /** Picks the sheet {@code options} asks for (the first visible one by default). */
    WorkbookRowSource(SourceFormat format, Workbook workbook, long size, IngestOptions options) throws IngestException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        this.format = format;
        this.sheets = names;
        this.size = size;
        this.sheet = workbook.getSheetAt(SheetChoice.resolve(options.sheet(), names, workbook::isSheetHidden));
        this.capacity = options.maxColumns() + 1;
    }

    @Override
    public SourceDescription describe() {
        return new SourceDescription(format, null, 0, null, sheet.getSheetName(), sheets, size);
    }

    @Override
    public boolean isSpreadsheet() {
        return true;
    }

    @Override
    public void nameColumns(List<String> names) {
        // Spreadsheet cells have no size limit worth naming a column for.
    }

    /** Closes what {@code open} had opened when it failed and says why it failed, in words for the uploader. */
    static IngestException openFailed(Exception e, AutoCloseable... opened) {
        closeQuietly(opened);
        return e instanceof IngestException ? (IngestException) e : new ExcelFailures().translate(e);
    }

    /** Closes what a source holds, in order, ignoring nulls and failures. */
    static void closeQuietly(AutoCloseable... closeables) {
        for (AutoCloseable closeable : closeables) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // Nothing was written; a failed close leaves nothing behind worth reporting.
                }
            }
        }
    }
}
