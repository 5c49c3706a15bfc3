package io.datasage.ingest.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

/** The sampler's own ranking against commons-math's, which it replaced for speed. */
class CorrelationSamplerTest {

    @Test
    void ranks_match_commons_math_with_ties_and_missing_values() {
        Random random = new Random(42);
        NaturalRanking reference = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);
        for (int round = 0; round < 50; round++) {
            double[] values = new double[1 + random.nextInt(2000)];
            for (int i = 0; i < values.length; i++) {
                // Few distinct values so that ties are common, with a missing value now and then.
                values[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(1 + round * 3) - round;
            }
            assertThat(CorrelationSampler.ranks(values)).containsExactly(reference.rank(values.clone()));
        }
    }

    @Test
    void ranks_match_commons_math_on_many_distinct_values() {
        Random random = new Random(7);
        double[] values = new double[50_000];
        for (int i = 0; i < values.length; i++) {
            // Mostly distinct, some repeated, infinities at both ends: the rank table probes past collisions.
            values[i] = i % 997 == 0
                    ? (i % 2 == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)
                    : Math.round(random.nextGaussian() * 1e5) / 100.0;
        }
        NaturalRanking reference = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);
        assertThat(CorrelationSampler.ranks(values)).containsExactly(reference.rank(values.clone()));
    }

    @Test
    void ranks_of_distinct_values_are_their_positions() {
        assertThat(CorrelationSampler.ranks(new double[] {3.5, -1, 10, 0})).containsExactly(3, 1, 4, 2);
        assertThat(CorrelationSampler.ranks(new double[] {Double.NaN, 2, 2, 1}))
                .containsExactly(Double.NaN, 2.5, 2.5, 1);
    }
}
