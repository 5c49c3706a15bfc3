package io.datasage.vector.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Name normalisation and the lexical side of column matching, without the model. */
class ColumnScorerTest {

    private final ColumnScorer scorer = new ColumnScorer(0.6, 0.6);

    @Test
    void namesAreSplitIntoLowerCaseWords() {
        assertThat(NameNormalizer.words("totalRevenue ")).containsExactly("total", "revenue");
        assertThat(NameNormalizer.words("total_revenue")).containsExactly("total", "revenue");
        assertThat(NameNormalizer.words(" Model-Year (2024)")).containsExactly("model", "year", "2024");
        assertThat(NameNormalizer.words("HTTPStatusCode")).containsExactly("http", "status", "code");
        assertThat(NameNormalizer.compact("Model Year")).isEqualTo(NameNormalizer.compact("model_year"));
        assertThat(NameNormalizer.queryWords("how much we sold")).containsExactly("sold");
    }

    @Test
    void theSameNameUpToCaseAndPunctuationIsExact() {
        assertThat(scorer.score("revenue", "Revenue ", 0.1).match()).isEqualTo(MatchKind.EXACT);
        assertThat(scorer.score("model year", "model_year", 0.1).match()).isEqualTo(MatchKind.EXACT);
        assertThat(scorer.score("revenue", "Revenue ", 0.1).score()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void containedWordsPluralsAndTyposAreNear() {
        assertThat(scorer.score("revenue", "total_revenue", 0.5).match()).isEqualTo(MatchKind.NEAR);
        assertThat(scorer.score("car weight", "weight", 0.5).match()).isEqualTo(MatchKind.NEAR);
        assertThat(scorer.score("revnue", "revenue", 0.5).match()).isEqualTo(MatchKind.NEAR);
        assertThat(scorer.score("sale", "sales", 0.5).match()).isEqualTo(MatchKind.NEAR);
        assertThat(scorer.score("revenue", "region", 0.2).match()).isEqualTo(MatchKind.SEMANTIC);
    }

    @Test
    void exactBeatsNearBeatsAStrongerVectorAlone() {
        double exact = scorer.score("revenue", "Revenue", 0.6).score();
        double near = scorer.score("revenue", "total_revenue", 0.6).score();
        double semanticOnly = scorer.score("revenue", "income", 0.8).score();
        assertThat(exact).isGreaterThan(near);
        assertThat(near).isGreaterThan(semanticOnly);
    }

    @Test
    void synonymsLiftAColumnWithoutMakingItANameMatch() {
        ColumnScore sales = scorer.score("how much we sold", "sales", 0.29);
        ColumnScore profit = scorer.score("how much we sold", "profit", 0.41);
        assertThat(sales.match()).isEqualTo(MatchKind.SEMANTIC);
        assertThat(sales.score()).isGreaterThan(profit.score());
    }

    @Test
    void shortOrLopsidedPrefixesDoNotMatch() {
        assertThat(LexicalMatcher.wordSimilarity("car", "cardinality")).isZero();
        assertThat(LexicalMatcher.wordSimilarity("cat", "category")).isZero();
        assertThat(LexicalMatcher.wordSimilarity("custom", "customer")).isEqualTo(LexicalMatcher.PREFIX);
    }

    @Test
    void schemasWithMostlyTheSameColumnsAreSimilar() {
        double similar = SchemaSimilarity.of(
                java.util.List.of("order_date", "Region", "sales", "profit"),
                java.util.List.of("OrderDate", "region", "sales", "quantity"));
        assertThat(similar).isEqualTo(3.0 / 5.0);
        assertThat(SchemaSimilarity.of(java.util.List.of("mpg", "weight"), java.util.List.of("temperature")))
                .isZero();
    }
}
