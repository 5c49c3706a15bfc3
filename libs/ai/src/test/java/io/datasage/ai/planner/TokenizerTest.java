package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer and normaliser: case, punctuation, contractions, possessives, spelling, abbreviations, numbers. */
class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.tokenize(text).stream()
                .filter(t -> !t.isSymbol())
                .map(Token::word)
                .toList();
    }

    private static Token only(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    @Test
    void lower_cases_and_drops_punctuation_into_symbols() {
        assertThat(words("Total SALES, by Region?")).containsExactly("total", "sales", "by", "region");
    }

    @Test
    void reads_codes_with_several_points_without_failing() {
        // An ISWC such as "T-912.345.678-1" among a column's values once stopped the planner from indexing the file.
        assertThat(Tokenizer.tokenize("T-912.345.678-1")).isNotEmpty();
        assertThat(Tokenizer.tokenize("version 1.2.3 of 4.5.6.7")).isNotEmpty();
        assertThat(only("12.5").number()).isEqualTo(12.5);
    }

    @Test
    void undoes_contractions_and_possessives() {
        assertThat(words("what's the customer's total")).containsExactly("what", "is", "the", "customer", "total");
        assertThat(words("who doesn't recommend")).containsExactly("who", "does", "not", "recommend");
        assertThat(words("employees' salaries")).containsExactly("employees", "salaries");
        assertThat(words("sales w/o discount")).containsExactly("sales", "without", "discount");
    }

    @Test
    void keeps_quoted_text_whole_and_unaltered_by_contractions() {
        List<Token> tokens = Tokenizer.tokenize("comments mentioning 'too slow' or \"late's\"");
        assertThat(tokens.stream().filter(t -> t.is(Token.QUOTED)).map(Token::word))
                .containsExactly("too slow", "late's");
    }

    @Test
    void normalises_british_spelling_and_abbreviations() {
        assertThat(words("colour by origin")).containsExactly("color", "by", "origin");
        assertThat(words("analyse avg qty per dept"))
                .containsExactly("analyze", "average", "quantity", "per", "department");
        assertThat(words("yrs amt pct num")).containsExactly("years", "amount", "percent", "number");
        assertThat(words("organisation")).containsExactly("organization");
    }

    @Test
    void splits_snake_case_camel_case_and_hyphens() {
        assertThat(words("SALES_AMT")).containsExactly("sales", "amount");
        assertThat(words("OrderDate")).containsExactly("order", "date");
        assertThat(words("TxnDate")).containsExactly("transaction", "date");
        assertThat(words("Sub-Category")).containsExactly("sub", "category");
        assertThat(Tokenizer.tokenize("Sub-Category").get(2).is(Token.JOINED)).isTrue();
    }

    @Test
    void reads_numbers_with_separators_currency_percent_and_multipliers() {
        assertThat(only("1,000").number()).isEqualTo(1000.0);
        assertThat(only("10k").number()).isEqualTo(10_000.0);
        assertThat(only("$1.5m").number()).isEqualTo(1_500_000.0);
        assertThat(only("$1.5m").is(Token.CURRENCY)).isTrue();
        assertThat(only("20%").number()).isEqualTo(20.0);
        assertThat(only("20%").is(Token.PERCENT)).isTrue();
        assertThat(only("0.25").number()).isEqualTo(0.25);
        assertThat(Tokenizer.tokenize("2 million").get(0).number()).isEqualTo(2_000_000.0);
        assertThat(Tokenizer.tokenize("15 percent").get(0).is(Token.PERCENT)).isTrue();
    }

    @Test
    void reads_negative_numbers_but_not_ranges() {
        assertThat(Tokenizer.tokenize("profit below -100").get(2).number()).isEqualTo(-100.0);
        List<Token> range = Tokenizer.tokenize("2015-2017");
        assertThat(range).extracting(Token::raw).containsExactly("2015", "-", "2017");
    }

    @Test
    void reads_numbers_written_in_words() {
        assertThat(Tokenizer.tokenize("top five").get(1).number()).isEqualTo(5.0);
        assertThat(Tokenizer.tokenize("top twenty five products").get(1).number())
                .isEqualTo(25.0);
        assertThat(Tokenizer.tokenize("two hundred").get(0).number()).isEqualTo(200.0);
        assertThat(Tokenizer.tokenize("a dozen").get(1).number()).isEqualTo(12.0);
        assertThat(Tokenizer.tokenize("which one").get(1).isNumber())
                .as("'one' alone is a pronoun")
                .isFalse();
    }

    @Test
    void keeps_dates_as_iso_strings() {
        assertThat(only("2024-3-1").word()).isEqualTo("2024-03-01");
        assertThat(only("03/15/2024").word()).isEqualTo("2024-03-15");
        assertThat(only("2024-03").word()).isEqualTo("2024-03");
        assertThat(only("2024-03-01 10:30").is(Token.DATE)).isTrue();
    }

    @Test
    void flags_acronyms_typed_in_capitals() {
        List<Token> tokens = Tokenizer.tokenize("salary in IT and R&D");
        assertThat(tokens.get(2).is(Token.UPPER)).isTrue();
        assertThat(tokens.get(4).raw()).isEqualTo("r&d");
    }

    @Test
    void never_fails_on_odd_input() {
        assertThat(Tokenizer.tokenize(null)).isEmpty();
        assertThat(Tokenizer.tokenize("   ")).isEmpty();
        assertThat(Tokenizer.tokenize("¿¡ ™ 😀 \u0000 '' \"\" $ % -")).isNotNull();
        assertThat(Tokenizer.tokenize("ventes par région"))
                .extracting(Token::word)
                .containsExactly("ventes", "par", "région");
    }
}
