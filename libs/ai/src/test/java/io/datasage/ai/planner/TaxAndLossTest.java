package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/** Rules drawn from rounds 126-128 after their first fixes, each on a round's file and on a schema written here. */
class TaxAndLossTest {

    /** A caterer's invoices: net, VAT and gross of a booking. */
    private static final DatasetSchema CATERING = Schemas.of(
            5000,
            Schemas.text("Booking Ref", 5000, "C1", "C5000"),
            Schemas.category("Event Type", "Wedding", "Wake", "Party"),
            Schemas.money("booking_net"),
            Schemas.money("booking_vat"),
            Schemas.money("booking_gross"));

    /** A dairy's tank log: volumes in litres beside the litres lost and wasted. */
    private static final DatasetSchema DAIRY = Schemas.of(
            3000,
            Schemas.category("tank", "T1", "T2", "T3"),
            Schemas.number("volume_l", "100", "9000"),
            Schemas.number("loss_l", "0", "300"),
            Schemas.number("waste_kg", "0", "50"));

    @Test
    void what_happened_to_an_amount_names_the_measure_of_its_noun() {
        assertThat(ask("meadbatches", "total litres lost on batches started in 2024")
                        .y())
                .containsExactly("LOSS_L");
        assertThat(ask("meadbatches", "which vessels lost the most liquid? highest first")
                        .y())
                .containsExactly("LOSS_L");
        assertThat(ask(DAIRY, "litres lost by tank").y()).containsExactly("loss_l");
        assertThat(ask(DAIRY, "which tank wasted the most").y()).containsExactly("waste_kg");
    }

    @Test
    void money_from_a_money_measure_is_that_measure() {
        assertThat(ask("grottovisits", "total money from photo add-ons").y()).containsExactly("Photo Add-on (£)");
        assertThat(ask(CATERING, "total money from booking_vat").y()).containsExactly("booking_vat");
    }

    @Test
    void an_amount_said_with_its_tax_is_the_gross_one() {
        ChartSpec fascias = ask("signjobs", "whats the average job value inc vat on fascias");
        assertThat(fascias.y()).containsExactly("Invoice Gross (£)");
        assertThat(ask("welltesting", "total fees incl vat for samples in 2024").y())
                .containsExactly("fee_gross");
        assertThat(ask(CATERING, "total booking value inc vat by event type").y())
                .containsExactly("booking_gross");
        assertThat(ask(CATERING, "bookings incl vat by event type").y()).containsExactly("booking_gross");
    }
}
