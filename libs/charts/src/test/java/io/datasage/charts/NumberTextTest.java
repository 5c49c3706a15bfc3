package io.datasage.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.charts.figure.NumberText;
import io.datasage.charts.query.DayMath;
import io.datasage.charts.spec.TimeGrain;
import java.math.BigInteger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Number labels and calendar arithmetic. */
class NumberTextTest {

    @Test
    void numbersForPeople() {
        assertThat(NumberText.format(725_457.8246, null)).isEqualTo("725,458");
        assertThat(NumberText.format(2_297_201L, "$")).isEqualTo("$2,297,201");
        assertThat(NumberText.format(-1_234.5, "$")).isEqualTo("-$1,235");
        assertThat(NumberText.format(12.345, "%")).isEqualTo("12.35%");
        assertThat(NumberText.format(0.012345, null)).isEqualTo("0.0123");
        assertThat(NumberText.format(0.0, null)).isEqualTo("0");
        assertThat(NumberText.format(new BigInteger("27670116110564327410"), null))
                .isEqualTo("27,670,116,110,564,327,410");
        assertThat(NumberText.format(null, null)).isEqualTo("n/a");
        assertThat(NumberText.percent(0.3158)).isEqualTo("31.6%");
        assertThat(NumberText.change(0.524)).isEqualTo("+52.4%");
    }

    @Test
    void calendarBucketsMatchJavaTime() {
        for (LocalDate day = LocalDate.of(1899, 12, 1); day.isBefore(LocalDate.of(2101, 3, 1)); day = day.plusDays(1)) {
            long epoch = day.toEpochDay();
            assertThat(DayMath.truncate(epoch, TimeGrain.WEEK))
                    .isEqualTo(day.minusDays(day.getDayOfWeek().getValue() - 1L).toEpochDay());
            assertThat(DayMath.truncate(epoch, TimeGrain.MONTH))
                    .isEqualTo(day.withDayOfMonth(1).toEpochDay());
            int quarterMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
            assertThat(DayMath.truncate(epoch, TimeGrain.QUARTER))
                    .isEqualTo(LocalDate.of(day.getYear(), quarterMonth, 1).toEpochDay());
            assertThat(DayMath.truncate(epoch, TimeGrain.YEAR))
                    .isEqualTo(day.withDayOfYear(1).toEpochDay());
        }
        assertThat(DayMath.label(LocalDate.of(2024, 8, 1).toEpochDay(), TimeGrain.QUARTER))
                .isEqualTo("2024-Q3");
        assertThat(DayMath.isoDateTime(-1)).isEqualTo("1969-12-31T23:59:59.999");
    }
}
