package io.datasage.charts.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bin edges hold every value between min and max, including integer extremes. */
class BinsTest {

    @Test
    void wholeUnitBinsCoverTheirRange() {
        Bins bins = Bins.of(-2, 41, 5, true, 0, 6, 50);
        assertThat(bins.integral()).isTrue();
        assertThat(bins.indexOf(-2)).isZero();
        assertThat(bins.indexOf(41)).isEqualTo(bins.count() - 1);
    }

    @Test
    void anIntegerSpanBeyondADoublesPrecisionGetsEvenDecimalBins() {
        double max = Long.MAX_VALUE;
        Bins bins = Bins.of(-2, max, 20, true, 0, 6, 50);
        assertThat(bins.integral()).isFalse();
        assertThat(bins.count()).isEqualTo(20);
        assertThat(bins.indexOf(-2)).isZero();
        assertThat(bins.indexOf(max)).isEqualTo(19);
        assertThat(Bins.of(Long.MIN_VALUE, max, null, true, 0, 6, 50).indexOf(0))
                .isNotNegative();
    }
}
