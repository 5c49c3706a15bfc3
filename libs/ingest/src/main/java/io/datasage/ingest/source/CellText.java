package io.datasage.ingest.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Writes a spreadsheet cell as the text a CSV export of it would hold, so Excel and CSV share one inference path:
 * integer-valued numbers without {@code .0}, other numbers to Excel's 15 significant digits, date cells as ISO dates or
 * date-times, percent-formatted cells as {@code 12%}, currency-formatted cells with their symbol, booleans as
 * {@code true}/{@code false}, formulas as their cached value, errors as Excel shows them.
 */
final class CellText {

    private static final Pattern LOCALE_TAG = Pattern.compile("\\[\\$-[0-9A-Fa-f]+\\]");
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final Map<String, String> unitByFormat = new HashMap<>();

    String text(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC:
                return numeric(cell);
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "true" : "false";
            case ERROR:
                return error(cell);
            default:
                return null;
        }
    }

    private String numeric(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            return date(cell, value);
        }
        String unit = unit(cell.getCellStyle());
        if ("%".equals(unit)) {
            return plain(BigDecimal.valueOf(value).movePointRight(2).doubleValue()) + "%";
        }
        return unit == null ? plain(value) : unit + plain(value);
    }

    private static String date(Cell cell, double value) {
        if (value < 1 && value >= 0) {
            // A time of day without a date: keep it as the text a person typed.
            LocalDateTime time = cell.getLocalDateTimeCellValue();
            return time.toLocalTime().toString();
        }
        LocalDateTime dateTime = cell.getLocalDateTimeCellValue();
        if (dateTime.toLocalTime().toNanoOfDay() == 0) {
            return dateTime.toLocalDate().toString();
        }
        return (dateTime.getNano() >= 1_000_000 ? DATE_TIME_MILLIS : DATE_TIME).format(dateTime);
    }

    /** Integers without a fraction, everything else rounded to the 15 digits Excel itself shows. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        String shortest = Double.toString(value);
        if (significantDigits(shortest) <= 15) {
            return shortest;
        }
        return new BigDecimal(value).round(EXCEL_DIGITS).stripTrailingZeros().toString();
    }

    private static int significantDigits(String s) {
        int digits = 0;
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                leading = false;
            }
            if (c >= '0' && c <= '9' && !leading) {
                digits++;
            }
        }
        return digits;
    }

    private String unit(CellStyle style) {
        if (style == null) {
            return null;
        }
        String format = style.getDataFormatString();
        if (format == null || format.equals("General")) {
            return null;
        }
        return unitByFormat.computeIfAbsent(format, CellText::unitOf);
    }

    private static String unitOf(String format) {
        String stripped = LOCALE_TAG.matcher(format).replaceAll("");
        // Literal text in a format sits between quotes; a percent sign there is not a percentage.
        String outsideQuotes = stripped.replaceAll("\"[^\"]*\"", "");
        if (outsideQuotes.indexOf('%') >= 0) {
            return "%";
        }
        for (char symbol : new char[] {'$', '€', '£', '¥'}) {
            if (stripped.indexOf(symbol) >= 0) {
                return String.valueOf(symbol);
            }
        }
        return null;
    }

    private static String error(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR!";
        }
    }
}
