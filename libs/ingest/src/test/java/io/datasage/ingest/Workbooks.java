package io.datasage.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the workbooks the Excel tests read, with POI. */
public final class Workbooks {

    static final int ROWS = 30;

    private Workbooks() {}

    static Path xlsx(Path dir) throws IOException {
        return write(new XSSFWorkbook(), dir.resolve("sales.xlsx"));
    }

    static Path xls(Path dir) throws IOException {
        return write(new HSSFWorkbook(), dir.resolve("sales.xls"));
    }

    /**
     * Sheet "Notes" (first, so choosing a sheet matters) and sheet "Sales": date, region, units, price, paid, total
     * (a formula), share (percent-formatted), at (date-time).
     */
    private static Path write(Workbook workbook, Path file) throws IOException {
        try (workbook) {
            Sheet notes = workbook.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("note");
            notes.createRow(1).createCell(0).setCellValue("exported from the ERP");
            Sheet sales = workbook.createSheet("Sales");
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(helper.createDataFormat().getFormat("0.0%"));
            String[] header = {"date", "region", "units", "price", "paid", "total", "share", "at"};
            Row top = sales.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < ROWS; i++) {
                Row row = sales.createRow(i + 1);
                row.createCell(0).setCellValue(LocalDate.of(2024, 1, 1).plusDays(i));
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(i % 2 == 0 ? "North" : "South");
                row.createCell(2).setCellValue(i + 1);
                row.createCell(3).setCellValue(9.99 + i);
                row.createCell(4).setCellValue(i % 3 != 0);
                row.createCell(5).setCellFormula("C" + (i + 2) + "*D" + (i + 2));
                row.createCell(6).setCellValue(0.125 + i / 100.0);
                row.getCell(6).setCellStyle(percent);
                row.createCell(7)
                        .setCellValue(LocalDateTime.of(2024, 1, 1, 8, 30).plusHours(i));
                row.getCell(7).setCellStyle(dateTime);
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static final String PACKAGE = "http://schemas.openxmlformats.org/package/2006/";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /** A minimal workbook whose sheet XML expands {@code megabytes} of padding (zeros, or spaces inside valid XML). */
    static Path bomb(Path file, int megabytes, boolean validXml) throws IOException {
        return minimal(file, zip -> {
            if (validXml) {
                zip.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
            }
            byte[] padding = new byte[1 << 20];
            Arrays.fill(padding, validXml ? (byte) ' ' : 0);
            for (int i = 0; i < megabytes; i++) {
                zip.write(padding);
            }
            if (validXml) {
                zip.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /**
     * A minimal workbook of a header row and {@code rows - 1} rows of varied numbers: compresses like real data (far
     * below 100 times).
     */
    static Path numbers(Path file, int rows) throws IOException {
        return minimal(file, zip -> {
            zip.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
            java.util.Random random = new java.util.Random(42);
            StringBuilder row = new StringBuilder();
            for (int r = 1; r <= rows; r++) {
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\">");
                for (char c = 'A'; c <= 'D'; c++) {
                    if (r == 1) {
                        row.append("<c r=\"")
                                .append(c)
                                .append("1\" t=\"inlineStr\"><is><t>n")
                                .append(c);
                        row.append("</t></is></c>");
                    } else {
                        row.append("<c r=\"").append(c).append(r).append("\"><v>");
                        row.append(random.nextInt(1_000_000)).append("</v></c>");
                    }
                }
                zip.write(row.append("</row>").toString().getBytes(StandardCharsets.UTF_8));
            }
            zip.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Makes the archive lie: every entry's size in the central directory becomes 100 bytes. */
    public static Path understateSizes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) {
                // Central directory file header: the uncompressed size is the little-endian int at offset 24.
                bytes[i + 24] = 100;
                bytes[i + 25] = 0;
                bytes[i + 26] = 0;
                bytes[i + 27] = 0;
            }
        }
        return Files.write(file, bytes);
    }

    private static final String SHEET_START =
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    /** Writes the sheet XML of a minimal workbook. */
    private interface SheetWriter {
        void write(ZipOutputStream zip) throws IOException;
    }

    private static Path minimal(Path file, SheetWriter sheet) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types xmlns=\"" + PACKAGE + "content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                            + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + SPREADSHEET
                            + "sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + SPREADSHEET
                            + "worksheet+xml\"/></Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\"?><Relationships xmlns=\"" + PACKAGE + "relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\""
                            + " Target=\"xl/workbook.xml\"/></Relationships>");
            entry(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"
                            + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\"?><Relationships xmlns=\"" + PACKAGE
                            + "relationships\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\""
                            + " Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet.write(zip);
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
