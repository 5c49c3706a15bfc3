package io.datasage.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel files written with Apache POI for the worker tests. */
final class Workbooks {

    private Workbooks() {}

    /** A workbook with a "Notes" sheet first and an "Orders" sheet of dates, categories, numbers and booleans. */
    static byte[] twoSheets() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet notes = book.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Exported from the ERP");
            Sheet orders = book.createSheet("Orders");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = orders.createRow(0);
            String[] names = {"Order Date", "Region", "Amount", "Paid"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Object[][] rows = {
                {LocalDate.of(2024, 1, 5), "West", 120.5, true},
                {LocalDate.of(2024, 2, 9), "East", 80.25, false},
                {LocalDate.of(2024, 3, 1), "West", 42.0, true}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = orders.createRow(r + 1);
                row.createCell(0).setCellValue((LocalDate) rows[r][0]);
                row.getCell(0).setCellStyle(dateStyle);
                row.createCell(1).setCellValue((String) rows[r][1]);
                row.createCell(2).setCellValue((Double) rows[r][2]);
                row.createCell(3).setCellValue((Boolean) rows[r][3]);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The first half of a real workbook: a truncated zip. */
    static byte[] corrupted() throws IOException {
        byte[] good = twoSheets();
        byte[] half = new byte[good.length / 2];
        System.arraycopy(good, 0, half, 0, half.length);
        return half;
    }
}
