package io.datasage.ingest.source;

import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A legacy XLS (BIFF8) workbook read with POI HSSF. HSSF holds the whole workbook in memory, which is bounded: the
 * format stops at 65,536 rows x 256 columns, and files above {@link #MAX_BYTES} are refused before loading.
 */
public final class XlsRowSource extends WorkbookRowSource {

    /** POI needs roughly ten times the file size in heap; 64 MB keeps that well inside a 1 GB worker. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final POIFSFileSystem fileSystem;
    private final HSSFWorkbook workbook;

    private XlsRowSource(POIFSFileSystem fileSystem, HSSFWorkbook workbook, long size, IngestOptions options)
            throws IngestException {
        super(SourceFormat.XLS, workbook, size, options);
        this.fileSystem = fileSystem;
        this.workbook = workbook;
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
            return new XlsRowSource(fileSystem, workbook, size, options);
        } catch (IngestException | IOException | RuntimeException e) {
            throw openFailed(e, workbook, fileSystem);
        }
    }

    @Override
    public RowCursor open() {
        long rows = Math.max(1, sheet.getLastRowNum() + 1L);
        return new SheetCursor(sheet.rowIterator(), null, capacity, rows, count -> {}, failures);
    }

    @Override
    public void close() {
        closeQuietly(workbook, fileSystem);
    }
}
