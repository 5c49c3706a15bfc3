package io.datasage.ingest.source;

import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A legacy XLS (BIFF8) workbook read with POI HSSF. HSSF holds the whole workbook in memory, which is bounded: the
 * format stops at 65,536 rows x 256 columns, and files above {@link #MAX_BYTES} are refused before loading.
 */
public final class XlsRowSource implements RowSource {

    /** POI needs roughly ten times the file size in heap; 64 MB keeps that well inside a 1 GB worker. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final POIFSFileSystem fileSystem;
    private final HSSFWorkbook workbook;
    private final Sheet sheet;
    private final List<String> sheets;
    private final long size;
    private final int capacity;
    private final ExcelFailures failures = new ExcelFailures();

    private XlsRowSource(
            POIFSFileSystem fileSystem, HSSFWorkbook workbook, Sheet sheet, List<String> sheets, long size, int cap) {
        this.fileSystem = fileSystem;
        this.workbook = workbook;
        this.sheet = sheet;
        this.sheets = sheets;
        this.size = size;
        this.capacity = cap;
    }

    public static XlsRowSource open(Path file, IngestOptions options) throws IngestException {
        POIFSFileSystem fileSystem = null;
        HSSFWorkbook workbook = null;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IngestException(
                        "parsing",
                        "the .xls file is " + Sizes.human(size) + "; DataSage reads .xls files up to "
                                + Sizes.human(MAX_BYTES) + " - save it as .xlsx or .csv and upload it again");
            }
            fileSystem = new POIFSFileSystem(file.toFile(), true);
            workbook = new HSSFWorkbook(fileSystem.getRoot(), true);
            List<String> sheets = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(workbook.getSheetName(i));
            }
            HSSFWorkbook opened = workbook;
            int index = SheetChoice.resolve(options.sheet(), sheets, opened::isSheetHidden);
            return new XlsRowSource(
                    fileSystem, workbook, workbook.getSheetAt(index), sheets, size, options.maxColumns() + 1);
        } catch (IngestException e) {
            XlsxRowSource.closeQuietly(workbook);
            XlsxRowSource.closeQuietly(fileSystem);
            throw e;
        } catch (IOException | RuntimeException e) {
            XlsxRowSource.closeQuietly(workbook);
            XlsxRowSource.closeQuietly(fileSystem);
            throw new ExcelFailures().translate(e);
        }
    }

    @Override
    public RowCursor open() {
        long rows = Math.max(1, sheet.getLastRowNum() + 1L);
        return new SheetCursor(sheet.rowIterator(), null, capacity, rows, count -> {}, failures);
    }

    @Override
    public SourceDescription describe() {
        return new SourceDescription(SourceFormat.XLS, null, 0, null, sheet.getSheetName(), sheets, size);
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
        XlsxRowSource.closeQuietly(workbook);
        XlsxRowSource.closeQuietly(fileSystem);
    }
}
