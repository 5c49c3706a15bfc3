package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules round 36 of the held-out questions called for (what a rate is counted per, a number typed with a unit
 * letter, a unit that says what a measure is, a flag's name around a negation, a date named after a category's thing,
 * a plural before "only", a flag before the rows' noun in a pie, a word other names hold whole, amounts that were
 * sold or bought), each checked on a held-out dataset and on a schema built here.
 */
class UnitsAndFlagsTest {

    /** Parcels through a depot: one row per parcel, a fee per parcel, lengths in metres, a two-word flag. */
    private static final DatasetSchema PARCELS = Schemas.of(
            30000,
            Schemas.text("Parcel ID", 30000, "P-1", "P-30000"),
            Schemas.date("Received", "2022-01-01", "2024-12-31"),
            Schemas.date("Last Inspection Date", "2022-01-05", "2024-12-30"),
            Schemas.category("Inspection Result", "Pass", "Fail", "Recheck"),
            Schemas.category("Carrier", "DHL", "UPS", "Royal Mail"),
            Schemas.category("Service", "Express", "Standard", "Economy"),
            Schemas.category("Storeroom", "Bay A", "Bay B", "Cold Store"),
            Schemas.category("Store Name", "Leeds", "York", "Hull", "Bradford"),
            Schemas.number("Fee (USD/parcel)", "1.5", "40"),
            Schemas.integer("Parcels Handled", 900, "1", "900"),
            Schemas.number("Parcel Weight (kg)", "0.1", "30"),
            Schemas.number("Span (m)", "0.2", "60"),
            Schemas.integer("Build Days", 60, "1", "60"),
            Schemas.number("Stock Purchased (L)", "1", "900"),
            new ColumnSchema("Label Printed", "category", null, 2, 0, List.of("Yes", "No"), null, null),
            new ColumnSchema("Insured", "category", null, 2, 0, List.of("Y", "N"), null, null));

    @Test
    void the_word_a_rate_is_counted_per_names_the_count_not_the_rate() {
        assertThat(ask(PARCELS, "parcels handled by carrier").y()).containsExactly("Parcels Handled");
        ChartSpec fee = ask(PARCELS, "average per-parcel fee by carrier");
        assertThat(fee.y()).containsExactly("Fee (USD/parcel)");
        assertThat(ask(PARCELS, "fee by carrier").aggregation()).isEqualTo("mean");
        assertThat(ask("translations", "monthly trend of words ordered").y()).containsExactly("Word Count");
        assertThat(ask("translations", "avg per-word rate for each subject area")
                        .y())
                .containsExactly("Rate (EUR/word)");
        assertThat(ask("translations", "average rate by subject area").y()).containsExactly("Rate (EUR/word)");
    }

    @Test
    void a_number_typed_with_a_unit_letter_compares_the_measure_in_that_unit() {
        assertThat(ask(PARCELS, "how many parcels over 40m").filters())
                .extracting("column", "op", "value")
                .containsExactly(tuple("Span (m)", ">", 40L));
        assertThat(ask("moorings", "how many bookings for boats over 15m").filters())
                .extracting("column", "op", "value")
                .containsExactly(tuple("LOA (m)", ">", 15L));
        assertThat(ask("translations", "jobs over 10k words by target language, top 8")
                        .filters())
                .extracting("column", "op", "value")
                .containsExactly(tuple("Word Count", ">", 10000L));
    }

    @Test
    void a_unit_of_length_or_weight_says_what_the_measure_is() {
        assertThat(ask(PARCELS, "distribution of lengths").x()).isEqualTo("Span (m)");
        assertThat(ask("moorings", "distribution of boat lengths").x()).isEqualTo("LOA (m)");
        assertThat(ask("moorings", "boat length vs berth fee, colour by vessel type")
                        .y())
                .containsExactly("LOA (m)");
    }

    @Test
    void a_flags_two_words_around_a_negation_are_that_flag_negated() {
        ChartSpec parcels = ask(PARCELS, "parcels where the label wasn't printed, by carrier");
        assertThat(parcels.x()).isEqualTo("Carrier");
        assertThat(parcels.filters()).extracting("column", "value").containsExactly(tuple("Label Printed", "No"));
        assertThat(ask("beehives", "inspections where the queen wasn't seen, by apiary")
                        .filters())
                .extracting("column", "value")
                .containsExactly(tuple("Queen Seen", "No"));
    }

    @Test
    void a_thing_a_date_is_named_after_is_the_category_of_that_thing() {
        assertThat(ask(PARCELS, "pie of inspections").x()).isEqualTo("Inspection Result");
        assertThat(ask("beehives", "pie of treatments used").x()).isEqualTo("Treatment Applied");
    }

    @Test
    void a_plural_between_a_kept_value_and_only_names_the_rows_kept() {
        ChartSpec parcels = ask(PARCELS, "avg fee per carrier, express parcels only");
        assertThat(parcels.y()).containsExactly("Fee (USD/parcel)");
        assertThat(parcels.filters()).extracting("column", "value").containsExactly(tuple("Service", "Express"));
        assertThat(ask("beehives", "avg brood frames per apiary, Carniolan colonies only")
                        .y())
                .containsExactly("Brood Frames");
    }

    @Test
    void a_flag_before_the_rows_noun_in_a_pie_keeps_those_rows() {
        assertThat(ask(PARCELS, "share of insured parcels by carrier, pie").filters())
                .extracting("column", "value")
                .containsExactly(tuple("Insured", "Y"));
        assertThat(ask("auctions", "share of sold lots by bid channel, pie").filters())
                .extracting("column", "value")
                .containsExactly(tuple("Sold", "Y"));
        assertThat(ask("auctions", "list withdrawn lots").filters())
                .extracting("column", "value")
                .containsExactly(tuple("Withdrawn?", "Yes"));
    }

    @Test
    void a_word_other_names_hold_whole_is_not_the_start_of_a_glued_name() {
        assertThat(ask(PARCELS, "number of distinct stores").y()).containsExactly("Store Name");
        assertThat(ask("auctions", "trend of number of distinct sales per year").y())
                .containsExactly("Sale Title");
    }

    @Test
    void amounts_sold_or_bought_add_up() {
        assertThat(ask(PARCELS, "stock purchased by carrier").aggregation()).isEqualTo("sum");
        assertThat(ask(PARCELS, "build days by carrier").aggregation()).isEqualTo("mean");
        assertThat(ask("moorings", "yearly trend of nights sold, by arrival date")
                        .aggregation())
                .isEqualTo("sum");
        assertThat(ask("moorings", "fuel sold per arrival month in 2024").aggregation())
                .isEqualTo("sum");
    }
}
