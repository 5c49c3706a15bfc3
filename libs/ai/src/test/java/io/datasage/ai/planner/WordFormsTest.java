package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The verbs behind nouns of action and the abbreviations export files use in column names. */
class WordFormsTest {

    @Test
    void finds_the_verb_behind_a_noun_of_action() {
        assertThat(WordForms.nounBases("cancellation")).contains("cancel");
        assertThat(WordForms.nounBases("diversion")).contains("divert");
        assertThat(WordForms.nounBases("readmission")).contains("readmit");
        assertThat(WordForms.nounBases("shipment")).contains("ship");
        assertThat(WordForms.nounBases("station")).as("too short a base").isEmpty();
        assertThat(WordForms.nounBases("payment")).as("too short a base").isEmpty();
    }

    @Test
    void reads_short_name_words_as_abbreviations_of_longer_question_words() {
        assertThat(WordForms.abbreviates("arr", "arrival")).isTrue();
        assertThat(WordForms.abbreviates("dep", "departure")).isTrue();
        assertThat(WordForms.abbreviates("dest", "destination")).isTrue();
        assertThat(WordForms.abbreviates("pymnt", "payment")).isTrue();
        assertThat(WordForms.abbreviates("amnt", "amount")).isTrue();
    }

    @Test
    void rejects_word_beginnings_and_words_that_only_share_letters() {
        assertThat(WordForms.abbreviates("sub", "subscriber")).isFalse();
        assertThat(WordForms.abbreviates("pay", "play"))
                .as("not two letters shorter")
                .isFalse();
        assertThat(WordForms.abbreviates("amt", "aim")).isFalse();
        assertThat(WordForms.abbreviates("dest", "des")).isFalse();
        assertThat(WordForms.abbreviates("age", "agent")).isFalse();
    }

    @Test
    void keeps_meaning_prefixes_out_of_glued_names() {
        assertThat(Words.gluedPart("class", "pclass")).isTrue();
        assertThat(Words.gluedPart("admitted", "readmitted")).isFalse();
        assertThat(Words.singular("skus")).isEqualTo("sku");
    }
}
