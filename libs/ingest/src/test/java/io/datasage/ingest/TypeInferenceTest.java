package io.datasage.ingest;

import static io.datasage.ingest.TestIngest.column;
import static io.datasage.ingest.TestIngest.csv;
import static io.datasage.ingest.TestIngest.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ingest.profile.ColumnProfile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Column types from messy values: leading zeros, currency, percent, decimal comma, dates, invalid values. */
class TypeInferenceTest {

    @TempDir
    Path dir;

    /** A header and {@code rows} lines from {@code line}. */
    private static String lines(String header, int rows, IntFunction<String> line) {
        StringBuilder out = new StringBuilder(header).append('\n');
        for (int i = 0; i < rows; i++) {
            out.append(line.apply(i)).append('\n');
        }
        return out.toString();
    }

    @Test
    void leadingZerosKeepIdentifiersAsText() throws Exception {
        IngestResult result = csv(dir, lines("zip,amount", 100, i -> String.format("%05d,%d", i * 37 % 1000, i)));
        assertThat(type(result, "zip")).isIn(ColumnType.CATEGORY, ColumnType.TEXT);
        assertThat(type(result, "amount")).isEqualTo(ColumnType.INTEGER);
        assertThat(result.previewRows().get(1).get(0)).isEqualTo("00037");
    }

    @Test
    void currencyAndPercentBecomeNumbersWithAUnit() throws Exception {
        IngestResult result = csv(dir, lines("price,share", 60, i -> "\"$1," + (100 + i) + ".50\"," + i + "%"));
        ColumnProfile price = column(result, "price");
        assertThat(price.type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(price.unit()).isEqualTo("$");
        assertThat(result.previewRows().get(0).get(0)).isEqualTo(1100.5);
        ColumnProfile share = column(result, "share");
        assertThat(share.type()).isEqualTo(ColumnType.INTEGER);
        assertThat(share.unit()).isEqualTo("%");
        assertThat(result.previewRows().get(12).get(1)).isEqualTo(12L);
    }

    @Test
    void decimalCommaWhenTheColumnConsistentlyUsesIt() throws Exception {
        IngestResult result = csv(dir, lines("name;weight;count", 40, i -> "item" + i + ";" + i + ",5;" + i));
        ColumnProfile weight = column(result, "weight");
        assertThat(result.profile().source().delimiter()).isEqualTo(";");
        assertThat(weight.type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(weight.format()).isEqualTo("decimal comma");
        assertThat(result.previewRows().get(3).get(1)).isEqualTo(3.5);
        assertThat(weight.numeric().sum()).isEqualTo(40 * 0.5 + 39 * 40 / 2.0);
    }

    @Test
    void monthFirstUnlessAValueProvesDayFirst() throws Exception {
        IngestResult ambiguous = csv(dir, "d\n01/02/2017\n05/06/2017\n11/12/2018\n");
        assertThat(column(ambiguous, "d").format()).isEqualTo("MM/dd/yyyy");
        assertThat(ambiguous.previewRows().get(0).get(0)).isEqualTo(LocalDate.of(2017, 1, 2));

        IngestResult proven = csv(dir, "d\n01/02/2017\n05/06/2017\n30/12/2018\n");
        assertThat(column(proven, "d").type()).isEqualTo(ColumnType.DATE);
        assertThat(column(proven, "d").format()).isEqualTo("dd/MM/yyyy");
        assertThat(proven.previewRows().get(0).get(0)).isEqualTo(LocalDate.of(2017, 2, 1));
    }

    @Test
    void toleratesOnePercentInvalidValuesAndCountsThem() throws Exception {
        IngestResult result = csv(dir, lines("qty", 202, i -> i == 50 || i == 150 ? "n.a." : String.valueOf(i)));
        ColumnProfile qty = column(result, "qty");
        assertThat(qty.type()).isEqualTo(ColumnType.INTEGER);
        assertThat(qty.invalid().count()).isEqualTo(2);
        assertThat(qty.invalid().examples()).containsExactly("n.a.");
        assertThat(qty.count()).isEqualTo(200);
        assertThat(result.previewRows().get(50).get(0)).isNull();
        assertThat(result.profile().quality().validity()).isEqualTo(200.0 / 202);
        assertThat(result.profile().problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo("invalid_values");
            assertThat(p.column()).isEqualTo("qty");
        });

        IngestResult tooMany = csv(dir, lines("qty", 202, i -> i % 60 == 0 ? "n.a." : String.valueOf(i)));
        assertThat(type(tooMany, "qty")).isIn(ColumnType.CATEGORY, ColumnType.TEXT);
    }

    @Test
    void aValueInTheLastRowCanWidenTheType() throws Exception {
        IngestResult decimal = csv(dir, lines("x", 500, i -> i == 499 ? "1.5" : String.valueOf(i)));
        assertThat(type(decimal, "x")).isEqualTo(ColumnType.DECIMAL);
        assertThat(column(decimal, "x").invalid().count()).isZero();

        IngestResult dateTime =
                csv(dir, lines("t", 300, i -> i == 299 ? "2020-01-01 10:30" : "2020-01-" + (i % 28 + 1)));
        assertThat(type(dateTime, "t")).isEqualTo(ColumnType.DATETIME);
        assertThat(dateTime.previewRows().get(0).get(0)).isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0));

        IngestResult text = csv(dir, lines("x", 50, i -> i == 49 ? "abc" : String.valueOf(i)));
        assertThat(type(text, "x")).isIn(ColumnType.CATEGORY, ColumnType.TEXT);
    }

    @Test
    void booleansButNotZeroOne() throws Exception {
        IngestResult result = csv(
                dir,
                lines(
                        "flag,bit,yn",
                        30,
                        i -> (i % 2 == 0 ? "TRUE" : "false") + "," + i % 2 + "," + (i % 3 == 0 ? "Y" : "n")));
        assertThat(type(result, "flag")).isEqualTo(ColumnType.BOOLEAN);
        assertThat(type(result, "bit")).isEqualTo(ColumnType.INTEGER);
        assertThat(type(result, "yn")).isEqualTo(ColumnType.BOOLEAN);
        assertThat(column(result, "flag").booleans().trueCount()).isEqualTo(15);
        assertThat(result.previewRows().get(0).get(2)).isEqualTo(true);
    }

    @Test
    void compactDatesStayIntegersAndHugeIntegersBecomeDecimals() throws Exception {
        IngestResult result =
                csv(dir, lines("day,big", 20, i -> "201712" + (10 + i) + "," + (i == 5 ? "92233720368547758080" : i)));
        assertThat(type(result, "day")).isEqualTo(ColumnType.INTEGER);
        assertThat(type(result, "big")).isEqualTo(ColumnType.DECIMAL);
    }

    @Test
    void categoriesHaveFewDistinctShortValuesTextHasMany() throws Exception {
        IngestResult result = csv(
                dir,
                lines(
                        "region,comment",
                        200,
                        i -> new String[] {"North", "South", "East"}[i % 3] + ",customer comment number " + i));
        ColumnProfile region = column(result, "region");
        assertThat(region.type()).isEqualTo(ColumnType.CATEGORY);
        assertThat(region.distinct()).isEqualTo(3);
        assertThat(region.topValues().get(0).value()).isEqualTo("North");
        assertThat(region.topValues().get(0).count()).isEqualTo(67);
        assertThat(type(result, "comment")).isEqualTo(ColumnType.TEXT);
        assertThat(column(result, "comment").text().maxLength()).isEqualTo("customer comment number 199".length());
    }

    @Test
    void nullTokensAreNulls() throws Exception {
        IngestResult result = csv(dir, "a,b\n1,x\nNA,y\n n/a ,z\n-,w\nnull,v\nNaN,u\n#N/A,t\n,s\n8,r\n");
        ColumnProfile a = column(result, "a");
        assertThat(a.type()).isEqualTo(ColumnType.INTEGER);
        assertThat(a.nulls()).isEqualTo(7);
        assertThat(a.invalid().count()).isZero();
        assertThat(a.nullRatio()).isEqualTo(7 / 9.0);
    }

    @Test
    void isoDateTimesWithZonesAreStoredInUtc() throws Exception {
        IngestResult result = csv(dir, "at\n2021-03-04T10:00:00+02:00\n2021-03-04T10:00:00Z\n2021-03-05T23:59:59.5Z\n");
        ColumnProfile at = column(result, "at");
        assertThat(at.type()).isEqualTo(ColumnType.DATETIME);
        assertThat(at.format()).isEqualTo("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        assertThat(result.previewRows().get(0).get(0)).isEqualTo(LocalDateTime.of(2021, 3, 4, 8, 0));
        assertThat(at.temporal().max()).isEqualTo("2021-03-05T23:59:59.500");
    }
}
