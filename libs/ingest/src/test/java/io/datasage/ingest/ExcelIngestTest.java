package io.datasage.ingest;

import static io.datasage.ingest.TestIngest.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX and XLS workbooks: typed cells, sheet choice, and bombs, damage and passwords with clear reasons. */
class ExcelIngestTest {

    @TempDir
    Path dir;

    private static IngestResult ingest(Path file, String sheet) throws IngestException {
        return TestIngest.ingest(file, IngestOptions.builder().sheet(sheet).build());
    }

    @Test
    void xlsxCellsBecomeTypedColumns() throws Exception {
        Path file = Workbooks.xlsx(dir);
        assertThat(FormatSniffer.sniff(file, "sales.xlsx")).isEqualTo(SourceFormat.XLSX);
        IngestResult result = ingest(file, "Sales");
        assertSalesSheet(result);
        assertThat(result.profile().source().format()).isEqualTo("XLSX");
    }

    @Test
    void xlsIsReadWithTheSameRules() throws Exception {
        Path file = Workbooks.xls(dir);
        assertThat(FormatSniffer.sniff(file, "sales.xls")).isEqualTo(SourceFormat.XLS);
        IngestResult result = ingest(file, "1");
        assertSalesSheet(result);
        assertThat(result.profile().source().format()).isEqualTo("XLS");
    }

    private static void assertSalesSheet(IngestResult result) {
        assertThat(result.profile().source().sheets()).containsExactly("Notes", "Sales");
        assertThat(result.profile().source().sheet()).isEqualTo("Sales");
        assertThat(result.profile().rows()).isEqualTo(Workbooks.ROWS);
        assertThat(result.columnNames())
                .containsExactly("date", "region", "units", "price", "paid", "total", "share", "at");
        assertThat(column(result, "date").type()).isEqualTo(ColumnType.DATE);
        assertThat(column(result, "region").type()).isEqualTo(ColumnType.CATEGORY);
        assertThat(column(result, "units").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(column(result, "price").type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(column(result, "paid").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(column(result, "total").type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(column(result, "share").unit()).isEqualTo("%");
        assertThat(column(result, "at").type()).isEqualTo(ColumnType.DATETIME);
        assertThat(result.previewRows().get(2))
                .containsExactly(
                        LocalDate.of(2024, 1, 3),
                        "North",
                        3L,
                        11.99,
                        true,
                        35.97,
                        14.5,
                        LocalDateTime.of(2024, 1, 1, 10, 30));
        assertThat(result.previewRows().get(0).get(4)).isEqualTo(false);
    }

    @Test
    void theFirstSheetIsTheDefaultAndUnknownSheetsAreNamed() throws Exception {
        Path file = Workbooks.xlsx(dir);
        IngestResult first = ingest(file, null);
        assertThat(first.profile().source().sheet()).isEqualTo("Notes");
        assertThat(first.previewRows()).containsExactly(Arrays.asList((Object) "exported from the ERP"));
        assertThatThrownBy(() -> ingest(file, "Q3"))
                .isInstanceOf(IngestException.class)
                .hasMessage("sheet 'Q3' not found; sheets are: Notes, Sales");
    }

    @Test
    void aTitleAboveTheHeaderIsSkipped() throws Exception {
        Path file = dir.resolve("titled.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Report");
            sheet.createRow(0).createCell(0).setCellValue("Quarterly report");
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("city");
            header.createCell(1).setCellValue("visits");
            for (int i = 0; i < 5; i++) {
                Row row = sheet.createRow(3 + i);
                row.createCell(0).setCellValue("city " + i);
                row.createCell(1).setCellValue(i * 10);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        IngestResult result = ingest(file, null);
        assertThat(result.columnNames()).containsExactly("city", "visits");
        assertThat(result.profile().rows()).isEqualTo(5);
        assertThat(column(result, "visits").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(result.profile().problems())
                .anySatisfy(p -> assertThat(p.examples()).containsExactly("row 1: Quarterly report"));
    }

    @Test
    void aZipBombIsStoppedByTheBytesItReallyInflates() throws Exception {
        Path file = Workbooks.bomb(dir.resolve("report.xlsx"), 200, false);
        assertThat(FormatSniffer.sniff(file, "report.xlsx")).isEqualTo(SourceFormat.XLSX);
        assertThatThrownBy(() -> ingest(file, null))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("the file looks like a zip bomb: its content expands more than 100 times")
                .hasMessageContaining("(stopped in xl/worksheets/sheet1.xml)");
    }

    @Test
    void aBombThatUnderstatesItsSizesIsStoppedAllTheSame() throws Exception {
        Path file = Workbooks.understateSizes(Workbooks.bomb(dir.resolve("liar.xlsx"), 200, true));
        assertThatThrownBy(() -> ingest(file, null))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("the file looks like a zip bomb: its content expands more than 100 times")
                .hasMessageContaining("(stopped in xl/worksheets/sheet1.xml)");
    }

    @Test
    void theInflatedTotalIsCappedEvenBelowTheBombRatio() throws Exception {
        // Real-looking numbers compress about 5 times: no ratio check fires, only the cap on inflated bytes.
        Path file = Workbooks.understateSizes(Workbooks.numbers(dir.resolve("big.xlsx"), 120_000));
        IngestOptions capped =
                IngestOptions.builder().maxInflatedBytes(8L << 20).build();
        assertThatThrownBy(() -> TestIngest.ingest(file, capped))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("the file looks like a zip bomb: its content expands to more than 8 MB");
        assertThat(TestIngest.ingest(file, IngestOptions.defaults()).profile().rows())
                .isEqualTo(119_999);
    }

    @Test
    void aSmallerBombIsStoppedByPoiWhileReading() throws Exception {
        Path file = Workbooks.bomb(dir.resolve("small.xlsx"), 8, true);
        assertThatThrownBy(() -> ingest(file, null))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("the file looks like a zip bomb");
    }

    @Test
    void truncatedAndCorruptedWorkbooksAreReportedAsDamaged() throws Exception {
        Path file = Workbooks.xlsx(dir);
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(FormatSniffer.sniff(truncated, "truncated.xlsx")).isEqualTo(SourceFormat.XLSX);
        assertThatThrownBy(() -> ingest(truncated, null))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("the Excel file is damaged");

        byte[] corrupted = bytes.clone();
        for (int i = 200; i < corrupted.length - 2000; i += 7) {
            corrupted[i] ^= 0x5A;
        }
        Path garbled = Files.write(dir.resolve("garbled.xlsx"), corrupted);
        assertThatThrownBy(() -> ingest(garbled, "Sales"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("the Excel file is damaged");
    }

    @Test
    void aZipMethodExcelNeverWritesIsRefusedWithWhatToDo() throws Exception {
        byte[] bytes = Files.readAllBytes(Workbooks.xlsx(dir));
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 12 < bytes.length; i++) {
            int signature = zip.getInt(i);
            if (signature == 0x04034b50) {
                zip.putShort(i + 8, (short) 93); // local header: zstd
            } else if (signature == 0x02014b50) {
                zip.putShort(i + 10, (short) 93); // central directory: zstd
            }
        }
        Path file = Files.write(dir.resolve("zstd.xlsx"), bytes);
        assertThatThrownBy(() -> ingest(file, null))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("packed in a way Excel never writes (ZIP method 93")
                .hasMessageContaining("save it again as .xlsx");
    }

    @Test
    void passwordProtectedWorkbooksSaySo() throws Exception {
        Path plain = Workbooks.xlsx(dir);
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> FormatSniffer.sniff(file, "secret.xlsx"))
                .isInstanceOf(UnsupportedContentException.class)
                .hasMessageContaining("password-protected");
        assertThatThrownBy(() -> new Ingestor(IngestOptions.defaults())
                        .ingest(file, SourceFormat.XLSX, dir.resolve("out.arrow"), null))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("password-protected");
    }
}
