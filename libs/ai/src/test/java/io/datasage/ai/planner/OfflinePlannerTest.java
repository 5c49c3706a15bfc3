package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datasage.ai.planner.Plan.Confidence;
import io.datasage.ai.planner.Plan.Kind;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The planner's public behaviour: kinds, confidence, notes, the semantic matcher, and never failing on odd input. */
class OfflinePlannerTest {

    private static final Map<String, DatasetSchema> DATASETS = PlannerCases.datasets();
    private static final DatasetSchema SALES = DATASETS.get("sales");
    private static final DatasetSchema CARS = DATASETS.get("cars");
    private static final OfflinePlanner PLANNER = new OfflinePlanner();

    @Test
    void answers_a_value_question_with_a_kpi() {
        Plan plan = PLANNER.plan("what is the average discount?", SALES, null);
        assertThat(plan.kind()).isEqualTo(Kind.VALUE);
        assertThat(plan.spec().chartType()).isEqualTo("kpi");
        assertThat(plan.spec().y()).containsExactly("Discount");
        assertThat(plan.spec().aggregation()).isEqualTo("mean");
        assertThat(plan.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void is_sure_of_exact_matches_and_less_sure_of_synonyms_and_typos() {
        assertThat(PLANNER.plan("total sales by region", SALES, null).confidence())
                .isEqualTo(Confidence.HIGH);
        Plan synonym = PLANNER.plan("revenue by territory", SALES, null);
        assertThat(synonym.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(synonym.notes()).contains("Read 'revenue' as the Sales column.");
        Plan typo = PLANNER.plan("slaes by reigon", SALES, null);
        assertThat(typo.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(typo.notes()).anyMatch(n -> n.contains("'reigon'") && n.contains("spelling"));
    }

    @Test
    void explains_its_assumptions() {
        assertThat(PLANNER.plan("salary by department", DATASETS.get("hr"), null)
                        .notes())
                .anyMatch(n -> n.startsWith("Averaged Salary"));
        assertThat(PLANNER.plan("sales last quarter", SALES, null).notes())
                .anyMatch(n -> n.contains("2017-10-01 to 2017-12-31") && n.contains("latest Order Date"));
        assertThat(PLANNER.plan("number of orders by region", SALES, null).notes())
                .anyMatch(n -> n.contains("distinct Order ID"));
        assertThat(PLANNER.plan("which customer has the highest profit", SALES, null)
                        .notes())
                .anyMatch(n -> n.contains("10 highest of 793"));
    }

    @Test
    void falls_back_to_an_overview_for_questions_it_cannot_read() {
        for (String q : new String[] {"asdfgh qwerty", "", "   ", "???", "hello there", "the and of"}) {
            Plan plan = PLANNER.plan(q, SALES, null);
            assertThat(plan.confidence()).as(q).isEqualTo(Confidence.LOW);
            assertThat(plan.kind()).as(q).isEqualTo(Kind.CLARIFY);
            assertThat(plan.spec()).as(q).isNotNull();
            assertThat(plan.spec().chartType()).as(q).isEqualTo("line");
        }
        assertThat(PLANNER.plan(null, SALES, null).kind()).isEqualTo(Kind.CLARIFY);
    }

    @Test
    void keeps_the_previous_chart_when_a_follow_up_is_not_understood() {
        ChartSpec prev = PLANNER.plan("sales by region", SALES, null).spec();
        Plan plan = PLANNER.plan("blorp", SALES, prev);
        assertThat(plan.kind()).isEqualTo(Kind.CLARIFY);
        assertThat(plan.spec().x()).isEqualTo("Region");
    }

    @Test
    void never_throws_on_odd_input() {
        String[] odd = {
            "x".repeat(5000),
            "by by by by",
            "top top 10 10",
            "between and",
            "sales between",
            "since",
            "last",
            "\"unterminated",
            "'",
            "1,2,3,4,5",
            "-5",
            "$",
            "%%%",
            "sales > > 5",
            "vs vs",
            "pie pie pie",
            "2015-2017-2019",
            "0000-00-00",
            "13/45/2020",
            "q5 2020",
            "top -3 customers",
            "top 0 products",
            "top 99999999999 regions",
            "ventes par région 📈",
            "\u0000\u0001",
            "SELECT * FROM sales; DROP TABLE",
            "<script>alert(1)</script>"
        };
        for (String q : odd) {
            Plan plan = PLANNER.plan(q, SALES, null);
            assertThat(plan.spec()).as(q).isNotNull();
            SpecChecks.assertValid(plan.spec(), SALES);
        }
    }

    @Test
    void rejects_a_missing_schema_with_a_clear_message() {
        assertThatThrownBy(() -> PLANNER.plan("sales", null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("schema");
        assertThatThrownBy(() -> PLANNER.plan("sales", new DatasetSchema("empty", 0, List.of()), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no columns");
        assertThatThrownBy(() -> new OfflinePlanner(null, 1.5)).hasMessageContaining("1.5");
    }

    @Test
    void plans_datasets_without_dates_or_measures() {
        DatasetSchema names =
                Schemas.of(10, Schemas.category("Colour", "Red", "Blue"), Schemas.text("Name", 10, "a", "b"));
        Plan plan = PLANNER.plan("trend over time", names, null);
        SpecChecks.assertValid(plan.spec(), names);
        assertThat(PLANNER.plan("count by colour", names, null).spec().x()).isEqualTo("Colour");
        assertThat(PLANNER.plan("nonsense", names, null).spec().chartType()).isEqualTo("bar");
    }

    @Test
    void asks_the_semantic_matcher_only_for_words_nothing_else_explains() {
        List<String> asked = new ArrayList<>();
        SemanticColumnMatcher matcher = (phrase, schema) -> {
            asked.add(phrase);
            return "gas guzzling".equals(phrase)
                    ? List.of(new ColumnMatch("mpg", 0.82), new ColumnMatch("weight", 0.4))
                    : List.of();
        };
        OfflinePlanner planner = new OfflinePlanner(matcher);
        Plan plan = planner.plan("average gas guzzling by origin", CARS, null);
        assertThat(asked).containsExactly("gas guzzling");
        assertThat(plan.spec().y()).containsExactly("mpg");
        assertThat(plan.spec().x()).isEqualTo("origin");
        assertThat(plan.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(plan.notes()).anyMatch(n -> n.contains("closest in meaning"));
        asked.clear();
        planner.plan("average mpg by origin", CARS, null);
        assertThat(asked).as("nothing left unexplained").isEmpty();
    }

    @Test
    void ignores_weak_ambiguous_or_failing_semantic_matches() {
        SemanticColumnMatcher weak = (phrase, schema) -> List.of(new ColumnMatch("mpg", 0.1));
        assertThat(new OfflinePlanner(weak)
                        .plan("average zorg by origin", CARS, null)
                        .spec()
                        .y())
                .isNull();
        SemanticColumnMatcher tied =
                (phrase, schema) -> List.of(new ColumnMatch("mpg", 0.8), new ColumnMatch("weight", 0.79));
        assertThat(new OfflinePlanner(tied)
                        .plan("average zorg by origin", CARS, null)
                        .spec()
                        .y())
                .isNull();
        SemanticColumnMatcher failing = (phrase, schema) -> {
            throw new IllegalStateException("vector service down");
        };
        assertThat(new OfflinePlanner(failing)
                        .plan("average zorg by origin", CARS, null)
                        .spec()
                        .x())
                .isEqualTo("origin");
    }

    @Test
    void writes_a_title() {
        assertThat(PLANNER.plan("total sales by region in 2016", SALES, null)
                        .spec()
                        .title())
                .isEqualTo("Total Sales by Region (2016)");
        assertThat(PLANNER.plan("top 5 states by profit", SALES, null).spec().title())
                .isEqualTo("Top 5: Total Profit by State");
        assertThat(PLANNER.plan("distribution of sales", SALES, null).spec().title())
                .isEqualTo("Distribution of Sales");
    }
}
