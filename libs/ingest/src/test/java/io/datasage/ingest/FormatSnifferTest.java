package io.datasage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file really is, whatever its name says. */
class FormatSnifferTest {

    @TempDir
    Path dir;

    private Path bytes(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    private Path text(String name, String content) throws Exception {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesWhatABinaryFileReallyIs() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> FormatSniffer.sniff(bytes("sales.csv", png), "sales.csv"))
                .isInstanceOf(UnsupportedContentException.class)
                .hasMessage("the file is a PNG image, not CSV or Excel (it is named 'sales.csv')");
        assertThatThrownBy(() -> FormatSniffer.sniff(text("report.xlsx", "%PDF-1.7\n..."), "report.xlsx"))
                .hasMessageStartingWith("the file is a PDF document, not CSV or Excel");
    }

    @Test
    void textThatStartsLikeAShortSignatureIsStillText() throws Exception {
        assertThat(FormatSniffer.sniff(text("codes.csv", "MZ_code,ID3\n1,2\n"), "codes.csv"))
                .isEqualTo(SourceFormat.CSV);
    }

    @Test
    void binaryDataInATextFileIsRefused() throws Exception {
        byte[] content = "id,name\n1,ab\0\0\0\u0001\u0002cd\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> FormatSniffer.sniff(bytes("data.csv", content), "data.csv"))
                .isInstanceOf(UnsupportedContentException.class)
                .hasMessage("binary data (NUL bytes) in a file named 'data.csv': it is not a CSV or Excel file")
                .satisfies(e -> assertThat(((IngestException) e).phase()).isEqualTo("sniffing"));
    }

    @Test
    void emptyFilesAreRefused() throws Exception {
        assertThatThrownBy(() -> FormatSniffer.sniff(bytes("empty.csv", new byte[0]), "empty.csv"))
                .hasMessage("empty file: it has 0 bytes");
        assertThatThrownBy(() -> FormatSniffer.sniff(text("blank.csv", "\n\r\n  \n"), "blank.csv"))
                .hasMessage("empty file: it holds only blank lines");
    }

    @Test
    void textFilesAreCsvOrTsvWhateverTheirName() throws Exception {
        assertThat(FormatSniffer.sniff(text("a.xlsx", "a;b\n1;2\n"), "a.xlsx")).isEqualTo(SourceFormat.CSV);
        assertThat(FormatSniffer.sniff(text("b.csv", "a\tb\tc\n1\t2\t3\n"), "b.csv"))
                .isEqualTo(SourceFormat.TSV);
        assertThat(FormatSniffer.sniff(text("c.txt", "just one column\nof text\n"), null))
                .isEqualTo(SourceFormat.CSV);
    }

    @Test
    void webPagesJsonAndOtherOfficeFilesAreNamed() throws Exception {
        assertThatThrownBy(() -> FormatSniffer.sniff(text("x.xls", "<!DOCTYPE html><html><table>"), "x.xls"))
                .hasMessageStartingWith("the file is an HTML page, not CSV or Excel");
        assertThatThrownBy(() -> FormatSniffer.sniff(text("x.csv", "[{\"a\": 1}]"), "x.csv"))
                .hasMessage("the file holds JSON data, not CSV or Excel");
        Path docx = dir.resolve("letter.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> FormatSniffer.sniff(docx, "letter.xlsx"))
                .hasMessage("the file is a Word document, not CSV or Excel");
    }
}
