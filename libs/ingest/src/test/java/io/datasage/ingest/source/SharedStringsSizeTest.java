package io.datasage.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ingest.IngestOptions;
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
        Path file = understate(workbookWithUniqueStrings(dir.resolve("names.xlsx"), 60_000));
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

    /** Every central-directory entry claims 100 bytes, as a hostile archive would. */
    private static Path understate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) {
                bytes[i + 24] = 100;
                bytes[i + 25] = 0;
                bytes[i + 26] = 0;
                bytes[i + 27] = 0;
            }
        }
        return Files.write(file, bytes);
    }
}
