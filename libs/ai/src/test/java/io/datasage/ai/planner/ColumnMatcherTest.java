package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column references by exact name in any style, by meaning-carrying word, by synonym, by part, and misspelt. */
class ColumnMatcherTest {

    private static final DatasetSchema SALES = Schemas.messySales();

    /** The best column of each column reading of {@code question}, in order. */
    private static List<String> columns(String question, DatasetSchema schema) {
        List<Part> parts = Annotator.annotate(Tokenizer.tokenize(question), SchemaIndex.of(schema), null, 0.6);
        return parts.stream()
                .filter(p -> p.kind == Part.Kind.COLUMN)
                .map(p -> p.column().name())
                .toList();
    }

    private static Quality quality(String question, DatasetSchema schema) {
        List<Part> parts = Annotator.annotate(Tokenizer.tokenize(question), SchemaIndex.of(schema), null, 0.6);
        return parts.stream()
                .filter(p -> p.kind == Part.Kind.COLUMN)
                .findFirst()
                .orElseThrow()
                .quality();
    }

    @Test
    void matches_names_in_any_casing_and_spacing() {
        assertThat(columns("order date", SALES)).containsExactly("OrderDate");
        assertThat(columns("orderdate", SALES)).containsExactly("OrderDate");
        assertThat(columns("Ship Date", SALES)).containsExactly("ship_date");
        assertThat(columns("sales_amt", SALES)).containsExactly("SALES_AMT");
        assertThat(quality("order date", SALES)).isEqualTo(Quality.EXACT);
    }

    @Test
    void matches_the_words_that_carry_the_meaning() {
        assertThat(columns("sales", SALES)).containsExactly("SALES_AMT");
        assertThat(columns("profit", SALES)).containsExactly("Profit ($)");
        assertThat(columns("quantity", SALES)).containsExactly("Qty");
        assertThat(quality("sales", SALES)).isEqualTo(Quality.EXACT);
    }

    @Test
    void matches_an_entity_word_to_its_id_and_name_columns() {
        List<Part> parts = Annotator.annotate(Tokenizer.tokenize("customer"), SchemaIndex.of(SALES), null, 0.6);
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).columns).extracting(h -> h.column().name()).contains("Customer ID", "Customer Name");
    }

    @Test
    void matches_longest_phrases_first() {
        assertThat(columns("customer name", SALES)).containsExactly("Customer Name");
        assertThat(columns("customer segment", SALES))
                .as("an entity word before a name qualifies it")
                .containsExactly("Segment");
        assertThat(columns("unit price", SALES)).containsExactly("Unit Price");
    }

    @Test
    void matches_business_synonyms() {
        assertThat(columns("revenue", SALES)).containsExactly("SALES_AMT");
        assertThat(columns("turnover", SALES)).containsExactly("SALES_AMT");
        assertThat(columns("earnings", SALES)).containsExactly("Profit ($)");
        assertThat(columns("units sold", SALES)).containsExactly("Qty");
        assertThat(columns("territory", SALES)).containsExactly("Region");
        assertThat(columns("client name", SALES)).isNotEmpty();
        assertThat(quality("revenue", SALES)).isEqualTo(Quality.SYNONYM);
    }

    @Test
    void matches_misspelt_names() {
        assertThat(columns("slaes", SALES)).containsExactly("SALES_AMT");
        assertThat(columns("reigon", SALES)).containsExactly("Region");
        assertThat(columns("proft", SALES)).containsExactly("Profit ($)");
        assertThat(columns("segmnet", SALES)).containsExactly("Segment");
        assertThat(quality("reigon", SALES)).isEqualTo(Quality.FUZZY);
    }

    @Test
    void keeps_keywords_between_names_apart() {
        assertThat(columns("profit for each category", SALES)).containsExactly("Profit ($)", "Category");
        assertThat(columns("customers by region", SALES)).hasSize(2);
        assertThat(columns("total sales", SALES)).containsExactly("SALES_AMT");
    }

    @Test
    void does_not_match_ordinary_words() {
        assertThat(columns("show me the chart please", SALES)).isEmpty();
        assertThat(columns("rate", Schemas.of(10, Schemas.date("Date", "2020-01-01", "2020-12-31"))))
                .isEmpty();
    }

    @Test
    void reads_a_preposition_phrase_as_one_column_and_not_its_tail() {
        DatasetSchema hr = Schemas.of(
                100, Schemas.integer("Years at Company", 30, "0", "40"), Schemas.category("Department", "Sales", "IT"));
        assertThat(columns("years at company", hr)).containsExactly("Years at Company");
        assertThat(columns("tenure", hr)).containsExactly("Years at Company");
        assertThat(columns("company", hr))
                .as("'company' alone only qualifies 'years'")
                .isEmpty();
    }
}
