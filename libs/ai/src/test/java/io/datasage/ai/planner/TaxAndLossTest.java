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
