package io.datasage.ingest;

import static io.datasage.ingest.TestIngest.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datasage.ingest.profile.ColumnProfile;
import io.datasage.ingest.profile.NumericSummary;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile's statistics against DuckDB's on the same random file (exact-quantile mode). */
class DuckDbCrossCheckTest {

    private static final int ROWS = 20_000;

    @TempDir
    static Path dir;

    static Path file;
    static IngestResult result;

    @BeforeAll
    static void ingest() throws Exception {
        file = dir.resolve("random.csv");
        Random random = new Random(7);
        String[] cities = {"Lyon", "Oslo", "Lima", "Pune", "Kyiv", "Fez"};
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,amount,qty,score,day,city,flag\n");
            for (int i = 0; i < ROWS; i++) {
                String amount =
                        random.nextDouble() < 0.1 ? "" : String.format(Locale.ROOT, "%.2f", random.nextDouble() * 1000);
                String qty = random.nextDouble() < 0.05 ? "" : String.valueOf(random.nextInt(500) - 100);
                String score = String.format(Locale.ROOT, "%.4f", random.nextGaussian() * 3 - 1);
                String day = random.nextDouble() < 0.02
                        ? ""
                        : LocalDate.of(2020, 1, 1)
                                .plusDays(random.nextInt(1000))
                                .toString();
                String city = random.nextDouble() < 0.03 ? "" : cities[random.nextInt(cities.length)];
                out.write(String.join(
                        ",",
                        String.valueOf(i),
                        amount,
                        qty,
                        score,
                        day,
                        city,
                        random.nextBoolean() ? "true" : "false"));
                out.write('\n');
            }
        }
        result = TestIngest.ingest(file);
    }

    @Test
    void numericColumnsMatchDuckDb() throws Exception {
        for (String name : new String[] {"id", "amount", "qty", "score"}) {
            ColumnProfile profile = column(result, name);
            NumericSummary numeric = profile.numeric();
            assertThat(numeric.quantilesApproximate()).isFalse();
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                    Statement statement = duck.createStatement();
                    ResultSet row = statement.executeQuery(String.format(
                            "SELECT count(*), count(%1$s), min(%1$s), max(%1$s), avg(%1$s), stddev_samp(%1$s),"
                                    + " quantile_cont(%1$s, 0.5), quantile_cont(%1$s, 0.25), quantile_cont(%1$s, 0.99),"
                                    + " count(DISTINCT %1$s), sum(%1$s), skewness(%1$s), kurtosis(%1$s)"
                                    + " FROM read_csv('%2$s', header = true)",
                            name, file))) {
                row.next();
                assertThat(result.profile().rows()).isEqualTo(row.getLong(1));
                assertThat(profile.count()).as(name).isEqualTo(row.getLong(2));
                assertThat(profile.nulls()).as(name).isEqualTo(row.getLong(1) - row.getLong(2));
                assertThat(numeric.min()).as(name).isEqualTo(row.getDouble(3));
                assertThat(numeric.max()).as(name).isEqualTo(row.getDouble(4));
                assertThat(numeric.mean())
                        .as(name)
                        .isCloseTo(row.getDouble(5), within(1e-9 * Math.abs(row.getDouble(5)) + 1e-12));
                assertThat(numeric.std()).as(name).isCloseTo(row.getDouble(6), within(1e-9 * row.getDouble(6)));
                assertThat(numeric.quantiles().p50()).as(name).isCloseTo(row.getDouble(7), within(1e-9));
                assertThat(numeric.quantiles().p25()).as(name).isCloseTo(row.getDouble(8), within(1e-9));
                assertThat(numeric.quantiles().p99()).as(name).isCloseTo(row.getDouble(9), within(1e-9));
                assertThat(profile.distinct()).as(name).isEqualTo(row.getLong(10));
                assertThat(numeric.sum())
                        .as(name)
                        .isCloseTo(row.getDouble(11), within(1e-6 * Math.abs(row.getDouble(11)) + 1e-6));
                assertThat(numeric.skewness()).as(name).isCloseTo(row.getDouble(12), within(1e-6));
                assertThat(numeric.kurtosis()).as(name).isCloseTo(row.getDouble(13), within(1e-6));
            }
        }
    }

    @Test
    void dateAndStringColumnsMatchDuckDb() throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement();
                ResultSet row = statement.executeQuery(String.format(
                        "SELECT count(day), CAST(min(day) AS VARCHAR), CAST(max(day) AS VARCHAR), count(DISTINCT day),"
                                + " count(city), count(DISTINCT city), count(*) FILTER (WHERE flag)"
                                + " FROM read_csv('%s', header = true)",
                        file))) {
            row.next();
            ColumnProfile day = column(result, "day");
            assertThat(day.type()).isEqualTo(ColumnType.DATE);
            assertThat(day.count()).isEqualTo(row.getLong(1));
            assertThat(day.temporal().min()).isEqualTo(row.getString(2));
            assertThat(day.temporal().max()).isEqualTo(row.getString(3));
            assertThat(day.distinct()).isEqualTo(row.getLong(4));
            ColumnProfile city = column(result, "city");
            assertThat(city.type()).isEqualTo(ColumnType.CATEGORY);
            assertThat(city.count()).isEqualTo(row.getLong(5));
            assertThat(city.distinct()).isEqualTo(row.getLong(6));
            assertThat(column(result, "flag").booleans().trueCount()).isEqualTo(row.getLong(7));
        }
    }
}
