package io.datasage.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.Workbooks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the shared-strings table lives is decided by the bytes it really inflates to, not the size declared. */
class SharedStringsSizeTest {

    private static final IngestOptions ONE_MEGABYTE_IN_MEMORY =
            IngestOptions.builder().sharedStringsInMemoryBytes(1L << 20).build();

    @TempDir
    Path dir;

    @Test
    void aLargeTableThatClaimsToBeSmallGoesOffHeap() throws Exception {
        Path file = Workbooks.understateSizes(workbookWithUniqueStrings(dir.resolve("names.xlsx"), 60_000));
        try (XlsxRowSource source = XlsxRowSource.open(file, ONE_MEGABYTE_IN_MEMORY)) {
            assertThat(source.sharedStringsOffHeap()).isTrue();
        }
    }

    @Test
    void aSmallTableStaysOnTheHeap() throws Exception {
        Path file = workbookWithUniqueStrings(dir.resolve("few.xlsx"), 100);
        try (XlsxRowSource source = XlsxRowSource.open(file, ONE_MEGABYTE_IN_MEMORY)) {
            assertThat(source.sharedStringsOffHeap()).isFalse();
        }
    }

    private static Path workbookWithUniqueStrings(Path file, int rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Customers");
            sheet.createRow(0).createCell(0).setCellValue("customer");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("customer number " + i + " of the northern sales region");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
