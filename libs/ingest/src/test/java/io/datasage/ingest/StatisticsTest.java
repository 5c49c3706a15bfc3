package io.datasage.ingest;

import static io.datasage.ingest.TestIngest.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datasage.ingest.profile.Correlations;
import io.datasage.ingest.profile.OutlierReport;
import io.datasage.ingest.profile.PeriodCount;
import io.datasage.ingest.profile.Trend;
import io.datasage.ingest.profile.Trends;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outliers, correlations, trends and histograms on data with known answers. */
class StatisticsTest {

    @TempDir
    Path dir;

    @Test
    void outliersByIqrAndZScore() throws Exception {
        StringBuilder csv = new StringBuilder("v\n");
        org.apache.commons.math3.stat.descriptive.SummaryStatistics expected =
                new org.apache.commons.math3.stat.descriptive.SummaryStatistics();
        for (int i = 0; i < 200; i++) {
            csv.append(50 + i % 10).append('\n');
            expected.addValue(50 + i % 10);
        }
        csv.append("500\n-300\n1000\n");
        expected.addValue(500);
        expected.addValue(-300);
        expected.addValue(1000);
        IngestResult result = TestIngest.csv(dir, csv.toString());
        OutlierReport report = result.profile().outliers().get(0);
        assertThat(report.column()).isEqualTo("v");
        assertThat(report.approximate()).isFalse();
        assertThat(report.iqr().count()).isEqualTo(3);
        assertThat(report.iqr().examples()).containsExactly(1000.0, 500.0, -300.0);
        assertThat(report.iqr().lower()).isEqualTo(52 - 1.5 * 5);
        // The three extremes inflate the standard deviation, yet all stay beyond 3 of it.
        assertThat(report.zscore().count()).isEqualTo(3);
        assertThat(report.zscore().upper())
                .isCloseTo(expected.getMean() + 3 * expected.getStandardDeviation(), within(1e-9));
    }

    @Test
    void correlationsOfRelatedAndUnrelatedColumns() throws Exception {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("x,twice,cube,noise,label\n");
        for (int i = 0; i < 500; i++) {
            double x = random.nextDouble() * 10 - 5;
            csv.append(String.format(
                    Locale.ROOT,
                    "%.6f,%.6f,%.6f,%.6f,%s%n",
                    x,
                    2 * x + 1,
                    x * x * x,
                    random.nextGaussian(),
                    i % 2 == 0 ? "a" : "b"));
        }
        Correlations correlations =
                TestIngest.csv(dir, csv.toString()).profile().correlations();
        assertThat(correlations.columns()).containsExactly("x", "twice", "cube", "noise");
        assertThat(correlations.sampled()).isFalse();
        assertThat(correlations.rowsUsed()).isEqualTo(500);
        assertThat(correlations.pearson().get(0).get(1)).isCloseTo(1.0, within(1e-9));
        assertThat(correlations.pearson().get(0).get(2)).isLessThan(0.95);
        assertThat(correlations.spearman().get(0).get(2)).isCloseTo(1.0, within(1e-9));
        assertThat(Math.abs(correlations.pearson().get(0).get(3))).isLessThan(0.15);
        assertThat(correlations.pearson().get(2).get(0))
                .isEqualTo(correlations.pearson().get(0).get(2));
    }

    @Test
    void monthlyTrendsOverADateColumn() throws Exception {
        StringBuilder csv = new StringBuilder("day,sales,flat\n");
        Random random = new Random(5);
        LocalDate start = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < 1000; i++) {
            LocalDate day = start.plusDays(i);
            double sales = 100 + i * 0.5 + random.nextGaussian() * 5;
            csv.append(String.format(Locale.ROOT, "%s,%.2f,%.2f%n", day, sales, 50 + random.nextGaussian()));
        }
        IngestResult result = TestIngest.csv(dir, csv.toString());
        Trends trends = result.profile().trends();
        assertThat(trends.dateColumn()).isEqualTo("day");
        assertThat(trends.grain()).isEqualTo("month");
        Trend sales = trends.series().stream()
                .filter(t -> t.column().equals("sales"))
                .findFirst()
                .orElseThrow();
        assertThat(sales.direction()).isEqualTo("up");
        assertThat(sales.significant()).isTrue();
        // Half a unit a day is about 15 a month.
        assertThat(sales.slopePerPeriod()).isCloseTo(15.2, within(0.5));
        assertThat(sales.rSquared()).isGreaterThan(0.99);
        assertThat(sales.periods()).isEqualTo(33);
        Trend flat = trends.series().stream()
                .filter(t -> t.column().equals("flat"))
                .findFirst()
                .orElseThrow();
        assertThat(flat.direction()).isEqualTo("flat");

        var day = column(result, "day").temporal();
        assertThat(day.min()).isEqualTo("2021-01-01");
        assertThat(day.spanDays()).isEqualTo(999);
        assertThat(day.grain()).isEqualTo("month");
        assertThat(day.histogram().get(0)).isEqualTo(new PeriodCount("2021-01-01", 31));
        assertThat(day.histogram().stream().mapToLong(PeriodCount::count).sum()).isEqualTo(1000);
    }

    @Test
    void integerHistogramsUseOneBinPerValueAndNumericSummariesAreComplete() throws Exception {
        StringBuilder csv = new StringBuilder("stars,price\n");
        for (int i = 0; i < 100; i++) {
            csv.append(1 + i % 5)
                    .append(',')
                    .append(i == 0 ? "0" : String.valueOf(i * 1.5 - 20))
                    .append('\n');
        }
        IngestResult result = TestIngest.csv(dir, csv.toString());
        var stars = column(result, "stars").numeric();
        assertThat(stars.histogram()).hasSize(5);
        assertThat(stars.histogram().get(0).lower()).isEqualTo(1.0);
        assertThat(stars.histogram().get(0).count()).isEqualTo(20);
        assertThat(column(result, "stars").topValues()).hasSize(5);
        var price = column(result, "price").numeric();
        assertThat(price.zeros()).isEqualTo(1);
        assertThat(price.negatives()).isEqualTo(13);
        // Sorted: 13 negatives, the zero, then 1.0, 2.5, ...: the middle pair is 53.5 and 55.
        assertThat(price.quantiles().p50()).isCloseTo(54.25, within(1e-9));
        assertThat(price.histogram().size()).isBetween(5, 40);
    }
}
