package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/** Names said whole, drawn from rounds 129-132: a period's adverb, a tax, a unit left unsaid. */
class NamesSaidWholeTest {

    /** A gym's memberships: a monthly fee beside a fee band, invoices with the tax apart and left out. */
    private static final DatasetSchema GYM = Schemas.of(
            7000,
            Schemas.text("member_no", 7000, "M1", "M2"),
            Schemas.category("club", "Leeds", "York"),
            Schemas.category("fee_band", "Standard", "Student", "Senior"),
            Schemas.number("weekly_fee", "0", "20"),
            Schemas.number("Fee ex VAT (£)", "0", "900"),
            Schemas.number("VAT (£)", "0", "180"),
            Schemas.integer("UNITS_VC", 40, "0", "40"),
            Schemas.number("COST_PER_VISIT_GBP", "0", "30"),
            Schemas.number("TOTAL_COST_GBP", "0", "900"),
            Schemas.date("join_date", "2022-01-01", "2024-12-31"));

    @Test
    void a_name_opening_with_a_periods_adverb_is_the_amount() {
        ChartSpec subs = ask("choirsubs", "avg monthly subs per subs band");
        assertThat(subs.y()).containsExactly("monthly_subs");
        assertThat(subs.x()).isEqualTo("subs_band");
        assertThat(ask("scaffoldhires", "spread of weekly rates for each job type")
                        .y())
                .containsExactly("WKLY_RATE_GBP");
        ChartSpec fees = ask(GYM, "average weekly fees by club");
        assertThat(fees.y()).containsExactly("weekly_fee");
        assertThat(fees.timeGrain()).isNull();
    }

    @Test
    void a_tax_named_whole_is_the_tax() {
        assertThat(ask("airconservices", "total vat charged for visit year 2023")
                        .y())
                .containsExactly("VAT_AMT");
        assertThat(ask("shreddingcollections", "total vat charged on collections in 2024")
                        .y())
                .containsExactly("VAT (£)");
        assertThat(ask(GYM, "total vat charged by club").y()).containsExactly("VAT (£)");
        // Said with "ex", it is the amount without the tax.
        assertThat(ask(GYM, "total fee ex vat by club").y()).containsExactly("Fee ex VAT (£)");
    }

    @Test
    void a_name_said_but_its_unit_is_that_name() {
        assertThat(ask("candlebatches", "cost per candle by vessel size box plot")
                        .y())
                .containsExactly("COST_PER_CNDL_GBP");
        assertThat(ask(GYM, "average cost per visit by club").y()).containsExactly("COST_PER_VISIT_GBP");
    }
}
