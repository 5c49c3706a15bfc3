package io.datasage.ingest.source;

import io.datasage.ingest.SourceFormat;
import io.datasage.ingest.UnsupportedContentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Looks inside ZIP and OLE2 containers to tell an Excel workbook from other Office files and archives. */
public final class ContainerSniffer {

    private ContainerSniffer() {}

    /** A ZIP container: XLSX when it holds a workbook; a damaged zip that mentions {@code xl/} is still XLSX. */
    public static SourceFormat zip(Path file, byte[] head, int length) throws UnsupportedContentException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean word = false;
            boolean powerPoint = false;
            boolean openDocument = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.equals("xl/workbook.xml") || name.equals("xl/workbook.bin")) {
                    return SourceFormat.XLSX;
                }
                word |= name.startsWith("word/");
                powerPoint |= name.startsWith("ppt/");
                openDocument |= name.equals("mimetype") || name.equals("content.xml");
            }
            if (word) {
                throw new UnsupportedContentException("the file is a Word document, not CSV or Excel");
            }
            if (powerPoint) {
                throw new UnsupportedContentException("the file is a PowerPoint presentation, not CSV or Excel");
            }
            if (openDocument) {
                throw new UnsupportedContentException(
                        "the file is an OpenDocument file (.ods/.odt); save it as .xlsx or .csv and upload it again");
            }
            throw new UnsupportedContentException("the file is a ZIP archive, not CSV or Excel; unpack it first");
        } catch (IOException | IllegalArgumentException e) {
            // The JDK decodes each entry's name and comment as UTF-8 only while iterating and throws
            // IllegalArgumentException on bytes that are not: such a zip is damaged too.
            String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
            if (text.contains("xl/") || text.contains("[Content_Types].xml")) {
                // Probably a truncated workbook: let the Excel reader explain what is wrong with it.
                return SourceFormat.XLSX;
            }
            throw new UnsupportedContentException("the file is a damaged ZIP archive, not CSV or Excel", e);
        }
    }

    /** An OLE2 container: XLS, an encrypted XLSX, or some other legacy Office file. */
    public static SourceFormat ole2(Path file) throws UnsupportedContentException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new UnsupportedContentException(
                        "the Excel file is password-protected; remove the password in Excel and upload it again");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return SourceFormat.XLS;
            }
            if (root.hasEntry("WordDocument")) {
                throw new UnsupportedContentException("the file is a Word document, not CSV or Excel");
            }
            if (root.hasEntry("PowerPoint Document")) {
                throw new UnsupportedContentException("the file is a PowerPoint presentation, not CSV or Excel");
            }
            throw new UnsupportedContentException("the file is an Office document that holds no spreadsheet");
        } catch (IOException | RuntimeException e) {
            // Unreadable container: let the XLS reader explain what is wrong with it.
            return SourceFormat.XLS;
        }
    }
}
