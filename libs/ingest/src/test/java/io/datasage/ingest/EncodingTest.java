package io.datasage.ingest;

import static io.datasage.ingest.TestIngest.column;
import static io.datasage.ingest.TestIngest.ingest;
import static io.datasage.ingest.TestIngest.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodings real exports use: windows-1252, BOMs, UTF-16, and files that mix UTF-8 with windows-1252. */
class EncodingTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void latin1SemicolonFileWithUsShortDates() throws Exception {
        StringBuilder csv = new StringBuilder("Name;Stadt;Datum;Betrag\n");
        String[] names = {"Jürgen", "Zoë", "François", "Åsa", "Øystein"};
        for (int i = 0; i < 25; i++) {
            csv.append(names[i % 5])
                    .append(';')
                    .append(i % 2 == 0 ? "München" : "Köln")
                    .append(';')
                    .append("12/")
                    .append(i + 1)
                    .append("/17;")
                    .append(i)
                    .append(",50\n");
        }
        csv.append("Jürgen;München;12/30/17;1,75\n");
        IngestResult result = ingest(write(dir, "latin1.csv", csv.toString(), StandardCharsets.ISO_8859_1));

        assertThat(result.profile().source().encoding()).isEqualTo("windows-1252");
        assertThat(result.profile().source().delimiter()).isEqualTo(";");
        assertThat(result.profile().rows()).isEqualTo(26);
        assertThat(result.columnNames()).containsExactly("Name", "Stadt", "Datum", "Betrag");
        assertThat(column(result, "Name").type()).isEqualTo(ColumnType.CATEGORY);
        assertThat(result.previewRows().get(0).get(0)).isEqualTo("Jürgen");
        assertThat(result.previewRows().get(1).get(1)).isEqualTo("Köln");
        assertThat(column(result, "Datum").type()).isEqualTo(ColumnType.DATE);
        assertThat(column(result, "Datum").format()).isEqualTo("MM/dd/yy");
        assertThat(result.previewRows().get(25).get(2)).isEqualTo(LocalDate.of(2017, 12, 30));
        assertThat(column(result, "Betrag").type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(result.previewRows().get(25).get(3)).isEqualTo(1.75);
        assertThat(result.profile().problems())
                .anySatisfy(p -> assertThat(p.kind()).isEqualTo("encoding_fallback"));
    }

    @Test
    void utf8WithByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("name,amount\nŁódź,10\nÆrø,20\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        IngestResult result = ingest(file);
        assertThat(result.profile().source().encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(result.columnNames()).containsExactly("name", "amount");
        assertThat(result.previewRows().get(0)).containsExactly("Łódź", 10L);
    }

    @Test
    void utf16LittleEndianWithAndWithoutByteOrderMark() throws Exception {
        String text = "city,population\nKöln,1084000\nZürich,421000\n東京,13960000\n";
        Path withBom = dir.resolve("bom16.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write(text.getBytes(StandardCharsets.UTF_16LE));
        Files.write(withBom, bytes.toByteArray());
        Path withoutBom = write(dir, "nobom16.csv", text, StandardCharsets.UTF_16LE);

        for (Path file : new Path[] {withBom, withoutBom}) {
            IngestResult result = ingest(file);
            assertThat(result.profile().source().encoding()).isEqualTo("UTF-16LE");
            assertThat(result.columnNames()).containsExactly("city", "population");
            assertThat(result.previewRows().get(2)).containsExactly("東京", 13960000L);
            assertThat(column(result, "population").type()).isEqualTo(ColumnType.INTEGER);
        }
    }

    @Test
    void mixedUtf8AndWindows1252LinesAreBothReadRight() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("customer,amount\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("Müller,10\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("Gärtner,20\n".getBytes(WINDOWS_1252));
        bytes.write("“Smart” Café €,30\n".getBytes(WINDOWS_1252));
        bytes.write("Ørsted,40\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("mixed.csv");
        Files.write(file, bytes.toByteArray());

        IngestResult result = ingest(file);
        assertThat(result.profile().source().encoding()).isEqualTo("mixed UTF-8 / windows-1252");
        // ä, “, ”, é and € were single windows-1252 bytes.
        assertThat(result.profile().source().encodingFallbackBytes()).isEqualTo(5);
        assertThat(result.previewRows())
                .extracting(row -> row.get(0))
                .containsExactly("Müller", "Gärtner", "“Smart” Café €", "Ørsted");
    }
}
