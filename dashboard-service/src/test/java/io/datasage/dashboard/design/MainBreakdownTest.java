package io.datasage.dashboard.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datasage.ai.planner.ColumnMeaning;
import io.datasage.ai.planner.ColumnRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Eta squared from group counts and means, and the choice it drives. */
class MainBreakdownTest {

    @Test
    void etaSquaredIsBetweenOverTotalSumOfSquares() {
        // Values 1,2,3 | 7,8,9: group means 2 and 8, grand mean 5, SS_between = 3*9 + 3*9 = 54,
        // SS_total = 54 + 4 (within) = 58, sample std = sqrt(58 / 5).
        double std = Math.sqrt(58.0 / 5);
        double eta = MainBreakdown.etaSquared(
                List.of(new GroupProbe.Group("g", 3, 2), new GroupProbe.Group("g", 3, 8)), std);
        assertThat(eta).isCloseTo(54.0 / 58, within(1e-12));
        assertThat(MainBreakdown.etaSquared(List.of(new GroupProbe.Group("g", 6, 5)), std))
                .isNaN();
    }

    @Test
    void theGroupingThatExplainsMostWinsWhateverItsName() {
        MainBreakdown.Choice choice = regionOrStatus(new double[] {10, 20}, new double[] {15, 15.5});
        assertThat(choice.dimension().name()).isEqualTo("Region");
        assertThat(choice.explanation())
                .startsWith("Region is the main breakdown: it explains 25.3% of the variation in Sales")
                .contains("Ship Status (0.1%)");
    }

    @Test
    void noGroupingWorthNamingIsSaidPlainly() {
        // Group means 15 and 15.2 with a standard deviation of 10: about 0.01% of the variation.
        MainBreakdown.Choice choice = regionOrStatus(new double[] {15, 15.2}, new double[] {15, 15.1});
        assertThat(choice.dimension().name()).isEqualTo("Region");
        assertThat(choice.explanation())
                .startsWith("No breakdown explains much of the variation in Sales (eta squared: Region under 0.1%,"
                        + " Ship Status under 0.1%)")
                .endsWith("Region is shown first.")
                .doesNotContain("main breakdown");
    }

    @Test
    void titlesFitTheirTiles() {
        assertThat(Titles.kpi("count_distinct", "Distinct count of Customer Name")
                        .length())
                .isLessThanOrEqualTo(Titles.KPI);
        assertThat(Titles.kpi("mean", "Customer Satisfaction"))
                .isEqualTo(
                        "Avg Customer Satisfaction".length() <= 22
                                ? "Avg Customer Satisfaction"
                                : "Customer Satisfaction");
        assertThat(Titles.kpi("sum", "Sales")).isEqualTo("Total Sales");
        assertThat(Titles.fit("Average order value by customer segment and region", Titles.CHART))
                .hasSizeLessThanOrEqualTo(Titles.CHART)
                .endsWith("…");
    }

    /** Sales (standard deviation 10) grouped by Ship Status or Region, two groups of 50 with these means each. */
    private static MainBreakdown.Choice regionOrStatus(double[] regionMeans, double[] statusMeans) {
        ColumnMeaning sales =
                new ColumnMeaning("Sales", "decimal", null, ColumnRole.MEASURE, true, "sum", null, false, null, 100, 0);
        GroupProbe probe = (dimension, measure) -> {
            double[] means = dimension.equals("Region") ? regionMeans : statusMeans;
            return List.of(new GroupProbe.Group("g", 50, means[0]), new GroupProbe.Group("g", 50, means[1]));
        };
        return MainBreakdown.choose(List.of(category("Ship Status", 3), category("Region", 4)), sales, 10.0, probe);
    }

    private static ColumnMeaning category(String name, int distinct) {
        return new ColumnMeaning(
                name, "category", null, ColumnRole.CATEGORY, false, "count", null, false, null, distinct, 0);
    }
}
