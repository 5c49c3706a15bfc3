package io.datasage.ingest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datasage.ingest.profile.NormalityResult;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The K^2 normality test against scipy and on large sampled columns. */
class NormalityTestTest {

    /** Reference values from scipy.stats.normaltest on the same numbers. */
    @Test
    void matchesScipyNormaltest() {
        double[] x = new double[50];
        for (int i = 0; i < x.length; i++) {
            x[i] = ((i * 37) % 101) / 10.0 + (i % 7) * 0.3;
        }
        assertThat(NormalityTest.statistic(x)).isCloseTo(8.360008173990344, within(1e-9));
        double[] squares = new double[40];
        for (int i = 0; i < squares.length; i++) {
            squares[i] = (i + 1.0) * (i + 1.0);
        }
        assertThat(NormalityTest.statistic(squares)).isCloseTo(5.258737066496831, within(1e-9));
        ExactValues values = new ExactValues(40);
        for (double v : squares) {
            values.add(v);
        }
        values.seal();
        NormalityResult result = NormalityTest.test("squares", values);
        assertThat(result.pValue()).isCloseTo(0.07212399176485325, within(1e-9));
        assertThat(result.normal()).isTrue();
        assertThat(result.sampled()).isFalse();
    }

    @Test
    void tellsNormalFromSkewedOnLargeColumnsThroughTheSample() {
        Random random = new Random(3);
        ExactValues normal = new ExactValues(100_000);
        ExactValues exponential = new ExactValues(100_000);
        for (int i = 0; i < 100_000; i++) {
            normal.add(random.nextGaussian() * 5 + 20);
            exponential.add(-Math.log(1 - random.nextDouble()));
        }
        normal.seal();
        exponential.seal();
        NormalityResult normalResult = NormalityTest.test("n", normal);
        assertThat(normalResult.n()).isEqualTo(5000);
        assertThat(normalResult.sampled()).isTrue();
        assertThat(normalResult.normal()).isTrue();
        assertThat(NormalityTest.test("e", exponential).normal()).isFalse();
    }

    @Test
    void skipsSmallOrConstantColumns() {
        ExactValues few = new ExactValues(10);
        ExactValues constant = new ExactValues(100);
        for (int i = 0; i < 100; i++) {
            if (i < 10) {
                few.add(i);
            }
            constant.add(4);
        }
        few.seal();
        constant.seal();
        assertThat(NormalityTest.test("few", few)).isNull();
        assertThat(NormalityTest.test("constant", constant)).isNull();
    }
}
