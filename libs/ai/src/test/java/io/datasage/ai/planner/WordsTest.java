package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plurals, verb forms, typo tolerance and the glued form of names. */
class WordsTest {

    @Test
    void makes_plurals_singular() {
        assertThat(Words.singular("categories")).isEqualTo("category");
        assertThat(Words.singular("sales")).isEqualTo("sale");
        assertThat(Words.singular("boxes")).isEqualTo("box");
        assertThat(Words.singular("status")).isEqualTo("status");
        assertThat(Words.singular("analysis")).isEqualTo("analysis");
        assertThat(Words.singular("women")).isEqualTo("woman");
        assertThat(Words.singular("gas")).isEqualTo("gas");
    }

    @Test
    void finds_the_bases_of_verb_forms() {
        assertThat(Words.bases("hired")).contains("hire");
        assertThat(Words.bases("shipped")).contains("ship");
        assertThat(Words.bases("returning")).contains("return");
        assertThat(Words.bases("submitted")).contains("submit");
        assertThat(Words.bases("sales")).isEmpty();
    }

    @Test
    void accepts_one_typo_in_words_of_five_letters_and_two_in_long_ones() {
        assertThat(Words.isTypo("reigon", "region")).isTrue();
        assertThat(Words.isTypo("slaes", "sales")).isTrue();
        assertThat(Words.isTypo("proft", "profit")).isTrue();
        assertThat(Words.isTypo("departmnet", "department")).isTrue();
        assertThat(Words.isTypo("temprature", "temperature")).isTrue();
        assertThat(Words.isTypo("catgory", "category")).isTrue();
    }

    @Test
    void rejects_real_words_that_only_look_alike() {
        assertThat(Words.isTypo("rate", "date"))
                .as("four letters: too short to guess")
                .isFalse();
        assertThat(Words.isTypo("count", "country")).isFalse();
        assertThat(Words.isTypo("state", "status")).isFalse();
        assertThat(Words.isTypo("mean", "mean")).isFalse();
    }

    @Test
    void glues_names_for_comparison() {
        assertThat(Words.compact("Order Date"))
                .isEqualTo(Words.compact("order_date"))
                .isEqualTo(Words.compact("OrderDate"));
        assertThat(Words.compact("Profit ($)")).isEqualTo("profit");
    }
}
