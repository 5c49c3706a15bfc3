package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Category values found in questions: exact words, glued, plural, by initials, by alias, misspelt; weak words need their column. */
class ValueMatcherTest {

    private static final DatasetSchema SCHEMA = Schemas.of(
            1000,
            Schemas.category("Region", "West", "East", "Central", "South"),
            Schemas.category("State", "California", "New York", "West Virginia", "Texas"),
            Schemas.category("City", "New York City", "Los Angeles"),
            Schemas.category("Department", "Research & Development", "Sales", "IT", "Human Resources"),
            Schemas.category("Channel", "Email", "Mobile App", "In-Store"),
            Schemas.category("Gender", "Male", "Female"),
            Schemas.category("Country", "United Kingdom", "United States", "Japan"),
            Schemas.category("Category", "Furniture", "Technology", "Office Supplies"),
            Schemas.category("Attrition", "No", "Yes"),
            Schemas.category("Status", "ok", "error"));

    /** "column=value" for each value reading of {@code question}, in order. */
    private static List<String> values(String question) {
        List<Part> parts = Annotator.annotate(Tokenizer.tokenize(question), SchemaIndex.of(SCHEMA), null, 0.6);
        return parts.stream()
                .filter(p -> p.kind == Part.Kind.VALUE)
                .map(p -> p.value().column().name() + "=" + p.value().value())
                .toList();
    }

    /** The filters the planner keeps for {@code question}. */
    private static List<String> filters(String question) {
        Plan plan = new OfflinePlanner().plan(question, SCHEMA, null);
        return plan.spec().filters() == null
                ? List.of()
                : plan.spec().filters().stream()
                        .map(f -> f.column() + ("in".equals(f.op()) ? " in " : f.op()) + f.value())
                        .toList();
    }

    @Test
    void finds_exact_values_longest_first() {
        assertThat(values("in the west")).containsExactly("Region=West");
        assertThat(values("in west virginia")).containsExactly("State=West Virginia");
        assertThat(values("new york city")).containsExactly("City=New York City");
        assertThat(values("new york")).containsExactly("State=New York");
        assertThat(values("office supplies")).containsExactly("Category=Office Supplies");
    }

    @Test
    void finds_values_typed_glued_plural_or_with_and() {
        assertThat(values("instore")).containsExactly("Channel=In-Store");
        assertThat(values("in store")).containsExactly("Channel=In-Store");
        assertThat(values("mobile app")).containsExactly("Channel=Mobile App");
        assertThat(values("research and development")).containsExactly("Department=Research & Development");
    }

    @Test
    void finds_values_by_initials_alias_and_spelling() {
        assertThat(values("R&D")).containsExactly("Department=Research & Development");
        assertThat(values("the UK")).containsExactly("Country=United Kingdom");
        assertThat(values("usa")).containsExactly("Country=United States");
        assertThat(values("women")).containsExactly("Gender=Female");
        assertThat(values("japanese")).containsExactly("Country=Japan");
        assertThat(values("tecnology")).containsExactly("Category=Technology");
    }

    @Test
    void needs_capitals_or_the_column_for_values_that_are_common_words() {
        assertThat(filters("count in IT")).containsExactly("Department=IT");
        assertThat(filters("headcount in sales and IT"))
                .as("here Sales is a department")
                .containsExactly("Department in [Sales, IT]");
        assertThat(filters("is it west")).containsExactly("Region=West");
        assertThat(filters("count where status is error")).containsExactly("Status=error");
        assertThat(filters("status ok by region")).containsExactly("Status=ok");
        assertThat(filters("yes")).isEmpty();
        assertThat(filters("attrition yes by department")).containsExactly("Attrition=Yes");
    }

    @Test
    void reads_negations_and_lists() {
        assertThat(filters("count excluding furniture")).containsExactly("Category!=Furniture");
        assertThat(filters("count except east and west")).containsExactly("Region!=East", "Region!=West");
        assertThat(filters("count in the east or west")).containsExactly("Region in [East, West]");
        assertThat(filters("count for non-furniture")).containsExactly("Category!=Furniture");
    }
}
