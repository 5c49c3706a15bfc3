package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/** Rules drawn from rounds 141-144: prices with and without tax, things sold, bills, kinds, how long, follow-ups. */
class TaxedPricesThingsSoldAndFollowUpsTest {

    /** A gutter-guard fitter's jobs: a price with and without VAT beside a quantity, minutes on each job. */
    private static final DatasetSchema GUARDS = Schemas.of(
            2000,
            Schemas.text("JOB_ID", 2000, "G1", "G2"),
            Schemas.date("FIT_DT", "2023-01-01", "2024-12-31"),
            Schemas.category("FITTER", "Al", "Bea"),
            Schemas.integer("METRES_QTY", 60, "2", "80"),
            Schemas.integer("MINS", 200, "20", "400"),
            Schemas.number("PRICE_EX_VAT", "40", "900"),
            Schemas.number("VAT_AMT", "8", "180"),
            Schemas.number("PRICE_INC_VAT", "48", "1080"));

    /** A plant nursery's sales lines: plants sold counted by a quantity beside the line's money. */
    private static final DatasetSchema PLANTS = Schemas.of(
            20000,
            Schemas.text("LINE_ID", 20000, "P1", "P2"),
            Schemas.date("SALE_DT", "2024-01-01", "2024-12-31"),
            Schemas.category("PLANT", "Rose", "Lavender", "Fern"),
            Schemas.integer("QTY", 30, "1", "30"),
            Schemas.money("LINE_AMT_GBP"),
            Schemas.flag("POT_SOLD_YN"));

    /** A boiler hire firm's monthly bills: net, a bare VAT and the total, a bill date, a fault flag and its kinds. */
    private static final DatasetSchema BOILERS = Schemas.of(
            1500,
            Schemas.text("billNo", 1500, "B1", "B2"),
            Schemas.date("billDate", "2023-01-01", "2024-12-01"),
            Schemas.category("site", "Depot", "School"),
            Schemas.number("billNet", "50", "900"),
            Schemas.number("vat", "10", "180"),
            Schemas.number("billTotal", "60", "1080"),
            Schemas.flag("FAULT_RPT"),
            Schemas.category("FAULT_DESC", "Pressure", "Ignition", "Leak"));

    @Test
    void a_price_with_and_without_tax_is_the_jobs_whole_price() {
        assertThat(ask("solarclean", "gross takings by roof type").y()).containsExactly("PRICE_INC_VAT");
        assertThat(ask("solarclean", "net sales by month").y()).containsExactly("PRICE_EX_VAT");
        assertThat(ask(GUARDS, "revenue by fitter").y()).containsExactly("PRICE_INC_VAT");
        assertThat(ask(GUARDS, "net sales by month").y()).containsExactly("PRICE_EX_VAT");
        assertThat(ask(GUARDS, "ex vat turnover by fitter").y()).containsExactly("PRICE_EX_VAT");
    }

    @Test
    void things_sold_are_counted_by_the_quantity() {
        ChartSpec fish = ask("aquaticsstore", "fish sold per month");
        assertThat(fish.y()).containsExactly("QTY");
        assertThat(fish.aggregation()).isEqualTo("sum");
        assertThat(ask(PLANTS, "plants sold per month").y()).containsExactly("QTY");
        assertThat(ask(PLANTS, "roses sold per week").y()).containsExactly("QTY");
    }

    @Test
    void where_each_row_is_a_bill_its_total_is_the_takings() {
        assertThat(ask("stablelivery", "list unpaid bills over £1000").filters())
                .anySatisfy(f -> assertThat(f.column()).isEqualTo("billTotal"));
        assertThat(ask(BOILERS, "revenue by site").y()).containsExactly("billTotal");
        assertThat(ask(BOILERS, "average net bill per site").y()).containsExactly("billNet");
    }

    @Test
    void the_most_common_things_are_their_kinds() {
        assertThat(ask("arcadecoins", "most common faults").x()).isEqualTo("FAULT_DESC");
        assertThat(ask(BOILERS, "most common faults").x()).isEqualTo("FAULT_DESC");
    }

    @Test
    void how_long_is_the_measure_kept_in_minutes() {
        ChartSpec prep = ask("valetjobs", "how long does a showroom prep take on average");
        assertThat(prep.y()).containsExactly("minsOnJob");
        assertThat(ask(GUARDS, "how long does a fit take on average").y()).containsExactly("MINS");
        ChartSpec hire = ask("kayakhire", "how long do people hire for? distribution");
        assertThat(hire.chartType()).isEqualTo("histogram");
        assertThat(hire.x()).isEqualTo("hours");
    }

    @Test
    void the_flag_of_the_deed_dating_the_axis_splits_nothing() {
        ChartSpec fees = ask("tutorcentre", "fees by the month they were actually paid");
        assertThat(fees.x()).isEqualTo("paid_date");
        assertThat(fees.series()).isNull();
        ChartSpec money = ask("plasteringjobs", "money in by the month it was paid");
        assertThat(money.x()).isEqualTo("paid_date");
        assertThat(money.series()).isNull();
    }

    @Test
    void top_days_after_bars_by_weekday_rank_the_same_bars() {
        ChartSpec top = ask("laundromat", "cycles by weekday", "top 3 days only");
        assertThat(top.x()).isEqualTo("weekday");
        assertThat(top.limit()).isEqualTo(3);
        ChartSpec kept = ask("bingonights", "number of sessions per day of week", "just riverside", "top 3 days only");
        assertThat(kept.x()).isEqualTo("Day");
        assertThat(kept.filters()).anySatisfy(f -> assertThat(f.column()).isEqualTo("Hall"));
    }
}
