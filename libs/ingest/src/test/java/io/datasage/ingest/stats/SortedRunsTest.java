package io.datasage.ingest.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The most frequent values against ranking every run, with many ties in count. */
class SortedRunsTest {

    @Test
    void top_values_match_ranking_every_run() {
        Random random = new Random(9);
        for (int round = 0; round < 100; round++) {
            double[] values = new double[random.nextInt(3_000)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(1 + round * 10) - round;
            }
            Arrays.sort(values);
            int k = 1 + random.nextInt(12);
            List<double[]> expected = new ArrayList<>();
            for (int i = 0; i < values.length; ) {
                int j = i;
                while (j < values.length && values[j] == values[i]) {
                    j++;
                }
                if (j - i >= 2) {
                    expected.add(new double[] {values[i], j - i});
                }
                i = j;
            }
            expected.sort(Comparator.<double[]>comparingDouble(p -> -p[1]).thenComparingDouble(p -> p[0]));
            List<double[]> top = SortedRuns.top(values, values.length, k);
            assertThat(top).as("round %d", round).hasSize(Math.min(k, expected.size()));
            for (int i = 0; i < top.size(); i++) {
                assertThat(top.get(i)).as("round %d, #%d", round, i).containsExactly(expected.get(i));
            }
        }
    }
}
