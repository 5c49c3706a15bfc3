package io.datasage.ingest;

import static io.datasage.ingest.TestIngest.column;
import static io.datasage.ingest.TestIngest.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datasage.ingest.profile.Problem;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of text files: ragged rows, headers, quoting, line ends, limits on columns and field size. */
class CsvStructureTest {

    @TempDir
    Path dir;

    private static Problem problem(IngestResult result, String kind) {
        return result.profile().problems().stream()
                .filter(p -> p.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + kind + " in " + result.profile().problems()));
    }

    @Test
    void raggedRowsAreToleratedPaddedAndReported() throws Exception {
        StringBuilder csv = new StringBuilder("a,b,c,d,e\n");
        for (int i = 0; i < 100; i++) {
            if (i == 10 || i == 40) {
                csv.append(i).append(",2,3,4,5,6,7\n");
            } else if (i == 70) {
                csv.append(i).append(",2,3\n");
            } else {
                csv.append(i).append(",2,3,4,5\n");
            }
        }
        IngestResult result = csv(dir, csv.toString());
        Problem ragged = problem(result, "ragged_rows");
        assertThat(ragged.count()).isEqualTo(3);
        // Data row 10 is on line 12: the header is line 1.
        assertThat(ragged.examples())
                .containsExactly(
                        "row 12 has 7 fields, expected 5",
                        "row 42 has 7 fields, expected 5",
                        "row 72 has 3 fields, expected 5");
        assertThat(result.profile().rows()).isEqualTo(100);
        assertThat(result.previewRows().get(70)).containsExactly(70L, 2L, 3L, null, null);
        assertThat(result.previewRows().get(10)).containsExactly(10L, 2L, 3L, 4L, 5L);
    }

    @Test
    void mostlyRaggedFilesFailWithAHintAboutTheDelimiter() throws Exception {
        StringBuilder csv = new StringBuilder("a,b,c,d,e\n");
        for (int i = 0; i < 100; i++) {
            csv.append(i % 5 == 1 ? "1,2,3,4,5,6\n" : "1,2,3,4,5\n");
        }
        assertThatThrownBy(() -> csv(dir, csv.toString()))
                .isInstanceOf(IngestException.class)
                .satisfies(e -> {
                    IngestException failure = (IngestException) e;
                    assertThat(failure.phase()).isEqualTo("parsing");
                    assertThat(failure.reason())
                            .startsWith("row 3 has 6 fields, expected 5")
                            .contains("20 of 100 rows")
                            .endsWith("check the delimiter");
                });
    }

    @Test
    void trailingDelimitersAreNotRagged() throws Exception {
        IngestResult result = csv(dir, "a,b,c\n1,2,3,\n4,5,6,\n");
        assertThat(result.profile().problems()).noneMatch(p -> p.kind().equals("ragged_rows"));
        assertThat(result.columnNames()).containsExactly("a", "b", "c");
    }

    @Test
    void generatesNamesWhenThereIsNoHeader() throws Exception {
        IngestResult result = csv(dir, "1,2017-01-05,x\n2,2017-01-06,y\n");
        assertThat(result.profile().source().hasHeader()).isFalse();
        assertThat(result.columnNames()).containsExactly("column_1", "column_2", "column_3");
        assertThat(result.profile().rows()).isEqualTo(2);

        IngestResult text = csv(dir, "name,city\nAlice,Paris\nBob,Rome\n");
        assertThat(text.profile().source().hasHeader()).isTrue();
        assertThat(text.profile().rows()).isEqualTo(2);
    }

    @Test
    void blankAndRepeatedHeaderNamesAreRenamed() throws Exception {
        IngestResult result = csv(dir, " name ,Name,,score\nx,y,z,1\nu,v,w,2\n");
        assertThat(result.columnNames()).containsExactly("name", "Name_2", "column_3", "score");
        assertThat(problem(result, "renamed_columns").count()).isEqualTo(2);
    }

    @Test
    void quotedFieldsLineEndingsAndEmptyLines() throws Exception {
        String csv = "id,comment,amount\r\n"
                + "1,\"Hello, \"\"world\"\"\",\"1,234.50\"\r\n\r\n"
                + "2,\"two\n"
                + "lines\",7\r"
                + "3,plain,8\r\n"
                + ",,\r\n";
        IngestResult result = csv(dir, csv);
        assertThat(result.profile().rows()).isEqualTo(3);
        assertThat(result.previewRows().get(0)).containsExactly(1L, "Hello, \"world\"", 1234.5);
        assertThat(result.previewRows().get(1).get(1)).isEqualTo("two\nlines");
        assertThat(result.previewRows().get(2)).containsExactly(3L, "plain", 8.0);
        assertThat(problem(result, "empty_rows").count()).isEqualTo(1);
    }

    @Test
    void tabDelimitedFilesAreSniffedAsTsv(@TempDir Path other) throws Exception {
        Path file = TestIngest.write(other, "export.txt", "a\tb\n1\t2,5\n3\t4,5\n");
        assertThat(FormatSniffer.sniff(file, "export.txt")).isEqualTo(SourceFormat.TSV);
        IngestResult result = TestIngest.ingest(file);
        assertThat(result.profile().source().delimiter()).isEqualTo("\t");
        assertThat(result.profile().source().format()).isEqualTo("TSV");
        assertThat(column(result, "b").type()).isEqualTo(ColumnType.DECIMAL);
    }

    @Test
    void reportTitlesAboveTheTableAreSkipped() throws Exception {
        String csv =
                "Sales report Q1\nExported 2024-04-01\n\nregion,units,price\nNorth,3,9.5\nSouth,4,7.25\nEast,5,1\n";
        IngestResult result = csv(dir, csv);
        assertThat(result.columnNames()).containsExactly("region", "units", "price");
        assertThat(result.profile().rows()).isEqualTo(3);
        assertThat(problem(result, "preamble_rows").examples())
                .containsExactly("row 1: Sales report Q1", "row 2: Exported 2024-04-01");
        assertThat(result.profile().problems()).noneMatch(p -> p.kind().equals("ragged_rows"));
    }

    @Test
    void excelSeparatorHintLineSetsTheDelimiter() throws Exception {
        IngestResult result = csv(dir, "sep=;\nname;amount\nA;1,5\nB;2\n");
        assertThat(result.profile().source().delimiter()).isEqualTo(";");
        assertThat(result.columnNames()).containsExactly("name", "amount");
        assertThat(result.previewRows().get(0)).containsExactly("A", 1.5);
    }

    @Test
    void tooManyColumnsFailWithTheCount() throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            String[] values = new String[10_000];
            Arrays.fill(values, row == 0 ? "c" : "1");
            for (int c = 0; c < values.length && row == 0; c++) {
                values[c] = "c" + c;
            }
            csv.append(String.join(",", values)).append('\n');
        }
        assertThatThrownBy(() -> csv(dir, csv.toString()))
                .isInstanceOf(IngestException.class)
                .hasMessage("the file has 10,000 columns; DataSage handles up to 2,000 - split it or transpose it");
    }

    @Test
    void aFiftyMegabyteFieldFailsWithRowAndColumn() throws Exception {
        Path file = dir.resolve("huge.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,notes\n1,\"");
            char[] block = new char[1 << 20];
            Arrays.fill(block, 'x');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write("\"\n");
        }
        assertThatThrownBy(() -> TestIngest.ingest(file))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("row 2, column 'notes' holds more than 16 MB of text");
    }

    @Test
    void headerWithoutDataAndEmptyFilesFail() throws Exception {
        assertThatThrownBy(() -> csv(dir, "a,b,c\n"))
                .isInstanceOf(IngestException.class)
                .hasMessage("the file has a header row but no data rows");
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThatThrownBy(() -> new Ingestor(IngestOptions.defaults())
                        .ingest(empty, SourceFormat.CSV, dir.resolve("out.arrow"), null))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("empty file");
        assertThat(dir.resolve("out.arrow")).doesNotExist();
        assertThat(TestIngest.tempFiles(dir)).isEmpty();
    }
}
