package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dataset shaped like none of the suite's (Titanic passengers): glued names (Pclass, SibSp), a 0/1 flag, short
 * codes as values. Written after the planner, to check that its rules are not tied to the suite's names.
 */
class UnseenSchemaTest {

    private static final DatasetSchema TITANIC = Schemas.of(
            891,
            Schemas.integer("PassengerId", 891, "1", "891"),
            new ColumnSchema("Survived", "integer", null, 2, 0, null, "0", "1"),
            Schemas.integer("Pclass", 3, "1", "3"),
            Schemas.text("Name", 891, "Braund, Mr. Owen Harris"),
            Schemas.category("Sex", "male", "female"),
            Schemas.number("Age", "0.42", "80"),
            Schemas.number("Fare", "0", "512.33"),
            Schemas.category("Embarked", "S", "C", "Q"));
    private static final OfflinePlanner PLANNER = new OfflinePlanner();

    private static ChartSpec plan(String question) {
        ChartSpec spec = PLANNER.plan(question, TITANIC, null).spec();
        SpecChecks.assertValid(spec, TITANIC);
        return spec;
    }

    @Test
    void reads_a_zero_one_column_as_yes_no() {
        ChartSpec rate = plan("survival rate by sex");
        assertThat(rate.x()).isEqualTo("Sex");
        assertThat(rate.y()).containsExactly("Survived");
        assertThat(rate.aggregation()).isEqualTo("mean");
        ChartSpec count = plan("how many passengers survived");
        assertThat(count.chartType()).isEqualTo("kpi");
        assertThat(count.filters()).containsExactly(new ChartSpec.Filter("Survived", "=", 1L));
        assertThat(plan("average age of survivors").filters())
                .containsExactly(new ChartSpec.Filter("Survived", "=", 1L));
    }

    @Test
    void finds_words_inside_glued_names_and_shared_stems() {
        ChartSpec byClass = plan("average fare by class");
        assertThat(byClass.x()).isEqualTo("Pclass");
        assertThat(byClass.y()).containsExactly("Fare");
        assertThat(plan("survivors by embarkation port").x()).isEqualTo("Embarked");
    }

    @Test
    void treats_the_passenger_id_as_an_identifier() {
        assertThat(plan("correlation matrix").y()).contains("Age", "Fare").doesNotContain("PassengerId");
        assertThat(plan("how many women were on board").filters())
                .containsExactly(new ChartSpec.Filter("Sex", "=", "female"));
        assertThat(plan("fare vs age").chartType()).isEqualTo("scatter");
        assertThat(List.of(plan("age distribution").chartType())).containsExactly("histogram");
    }
}
