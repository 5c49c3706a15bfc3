package io.datasage.ingest.source;

import io.datasage.ingest.IngestException;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;

/** Turns what POI throws on bad workbooks into reasons an uploader understands. */
final class ExcelFailures {

    private static final int MAX_DETAIL = 160;

    IngestException translate(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("zip bomb")) {
                return new IngestException(
                        "parsing",
                        "the file looks like a zip bomb: its content expands more than 100 times; DataSage does not"
                                + " unpack it",
                        e);
            }
            if (t instanceof EncryptedDocumentException || lower.contains("password") || lower.contains("decrypt")) {
                return new IngestException(
                        "parsing",
                        "the Excel file is password-protected; remove the password in Excel and upload it again",
                        e);
            }
            if (t instanceof OldExcelFormatException) {
                return new IngestException(
                        "parsing",
                        "the file is an Excel 5.0/95 workbook, which DataSage cannot read; save it as .xlsx and upload"
                                + " it again",
                        e);
            }
        }
        return new IngestException("parsing", "the Excel file is damaged: " + detail(e), e);
    }

    private static String detail(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) + "..." : message;
    }
}
