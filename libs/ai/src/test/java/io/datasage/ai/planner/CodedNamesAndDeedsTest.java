package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 117-120 called for, each on a round's file and on a small schema written here: a thing's words
 * before a code or description word, initials before a label or flag word, a participle several values begin with, a
 * glued file name's date, a name before its bracketed unit, an invoice's money and a charge cut short, a plural before
 * the number sign, a rate per a thing, a participle after another name, the "to" of a from/to pair, a colour value, a
 * chart word a name holds, a plural cut short, a deed dated in time, money compared with a thing's count, a thing's
 * money named without a currency, a value after an article, a unit of time as another date's grain, the plural of a
 * keyword that is a value, and lines picked out by a clause.
 */
class CodedNamesAndDeedsTest {

    /** A help desk's tickets in ALL_CAPS abbreviations: a ticket number beside its type's code and description. */
    private static final DatasetSchema DESK = Schemas.of(
            9000,
            Schemas.text("TICKET_NO", 9000, "T1", "T9000"),
            Schemas.category("TKT_TYPE_CD", "HW", "SW", "NET"),
            Schemas.category("TKT_TYPE_DESC", "Hardware", "Software", "Network"),
            Schemas.category("AM_NAME", "J. Cole", "R. Shah", "P. Ward"),
            new ColumnSchema("VIP_YN", "boolean", null, 2, 0, List.of("Y", "N"), null, null),
            new ColumnSchema("GUARANTEE_FLG", "boolean", null, 2, 0, List.of("1", "0"), null, null),
            Schemas.date("OPENED_DT", "2023-01-01", "2024-12-31"),
            Schemas.date("RESOLVED_DT", "2023-01-01", "2025-01-31"),
            Schemas.category("STATUS", "Resolved", "Open", "Closed - Duplicate", "Closed - No Reply"),
            Schemas.number("TIME_SPENT_HRS", "0.1", "40"),
            Schemas.integer("PARTS_QTY", 10, "0", "10"),
            Schemas.number("PARTS_COST", "0", "2500"),
            Schemas.number("quoted_price", "0", "900"),
            Schemas.number("credit_amount", "0", "300"),
            Schemas.category("OUTCOME", "Fixed - Remote", "Fixed - On Site", "Escalated"),
            Schemas.category("CALL_TYPE", "Breakdown", "Service", "Install"),
            Schemas.date("billing_month", "2023-01-01", "2024-12-01"));

    /** A farm shop's fruit picking: a glued name, crates counted by a plural and the number sign, a rate per crate. */
    private static final DatasetSchema PICKING = new DatasetSchema(
            "berrypicks",
            8000,
            List.of(
                    Schemas.text("Entry Ref", 8000, "E1", "E8000"),
                    Schemas.date("Invoice Date", "2023-05-01", "2024-09-30"),
                    Schemas.date("Pick Date", "2023-05-01", "2024-09-30"),
                    Schemas.category("Field", "Top Field", "Long Acre", "Brook"),
                    Schemas.category("Picker", "Ana", "Ion", "Eva"),
                    Schemas.integer("Crates #", 30, "0", "30"),
                    Schemas.number("Pay Per Crate", "2", "5"),
                    Schemas.integer("Pick #", 3, "1", "3"),
                    Schemas.number("Net KG", "0", "600"),
                    Schemas.number("Time on Site [hrs]", "1", "12"),
                    Schemas.number("CARRIAGE_CHG", "0", "40"),
                    Schemas.number("INV_NET", "0", "900"),
                    Schemas.number("INV_VAT", "0", "180")));

    /** A swimming club's stage moves and squads, with packed boxes of kit. */
    private static final DatasetSchema SQUADS = Schemas.of(
            3000,
            Schemas.text("Move ID", 3000, "M1", "M3000"),
            Schemas.date("Move Date", "2023-01-01", "2024-12-31"),
            Schemas.category("stageFrom", "Blue (Level 1)", "Red (Level 2)", "Gold (Level 3)"),
            Schemas.category("stageTo", "Red (Level 2)", "Gold (Level 3)", "Black (Level 4)"),
            Schemas.category("Squad", "Professional", "Youth", "Masters"),
            Schemas.category("Box Size", "Small", "Large", "Family"),
            Schemas.number("Box Weight (kg)", "1", "20"),
            Schemas.number("Lane Mins", "10", "120"));

    @Test
    void a_things_words_before_a_code_or_description_word_name_the_description() {
        assertThat(ask("conveyancing", "avg property price by matter type").x()).isEqualTo("MTR_TYPE_DESC");
        assertThat(ask("coastguardcalls", "total persons assisted by incident type")
                        .x())
                .isEqualTo("INC_TYPE_DESC");
        assertThat(ask(DESK, "avg time spent by ticket type").x()).isEqualTo("TKT_TYPE_DESC");
    }

    @Test
    void initials_before_a_label_or_flag_word_are_the_thing_they_abbreviate() {
        assertThat(ask("conveyancing", "total net fees by fee earner").x()).isEqualTo("FE_NAME");
        assertThat(ask("conveyancing", "how many first time buyers have we acted for")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("FTB_YN"));
        assertThat(ask(DESK, "tickets by account manager").x()).isEqualTo("AM_NAME");
        assertThat(ask(DESK, "how many very important person tickets").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("VIP_YN"));
    }

    @Test
    void a_participle_several_values_begin_with_stands_for_all_of_them() {
        ChartSpec aborted = ask("conveyancing", "aborted matters by fee earner");
        assertThat(aborted.x()).isEqualTo("FE_NAME");
        assertThat(aborted.filters()).singleElement().satisfies(f -> assertThat(f.op())
                .isEqualTo("in"));
        ChartSpec closed = ask(DESK, "closed tickets by reason");
        assertThat(closed.x()).isEqualTo("STATUS");
        assertThat(closed.filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value().toString()).isEqualTo("[Closed - Duplicate, Closed - No Reply]"));
    }

    @Test
    void a_participle_of_a_word_another_value_holds_is_left_to_that_value() {
        assertThat(ask("cranelifts", "how many jobs were cancelled for weather vs cancelled by the client")
                        .x())
                .isEqualTo("Job Status");
    }

    @Test
    void a_glued_file_names_word_dates_the_rows() {
        assertThat(ask("cranelifts", "jobs per month").x()).isEqualTo("Lift Date");
        assertThat(ask(PICKING, "entries per month").x()).isEqualTo("Pick Date");
    }

    @Test
    void a_name_before_its_bracketed_unit_matches_whole() {
        assertThat(ask("cranelifts", "avg hours on hire for each lift plan").y())
                .containsExactly("Hours on Hire [hrs]");
        assertThat(ask(PICKING, "avg time on site by picker").y()).containsExactly("Time on Site [hrs]");
    }

    @Test
    void an_invoices_money_and_a_charge_cut_short_are_summed() {
        assertThat(ask("stairliftjobs", "callout charges by engineer").aggregation())
                .isEqualTo("sum");
        assertThat(ask("stairliftjobs", "top 5 engineers by net invoiced").aggregation())
                .isEqualTo("sum");
        assertThat(ask(PICKING, "carriage charges by field").aggregation()).isEqualTo("sum");
        assertThat(ask(PICKING, "inv net by field").aggregation()).isEqualTo("sum");
    }

    @Test
    void a_plural_before_the_number_sign_counts_things_and_a_rate_is_not_named_by_what_it_is_per() {
        ChartSpec bins = ask("applepicks", "total bins picked by variety");
        assertThat(bins.y()).containsExactly("BINS_#");
        ChartSpec crates = ask(PICKING, "crates by field");
        assertThat(crates.y()).containsExactly("Crates #");
        assertThat(crates.aggregation()).isEqualTo("sum");
        assertThat(ask("dressfittings", "average charge by fitting #").x()).isEqualTo("Fitting #");
    }

    @Test
    void a_participle_after_another_name_is_no_second_measure() {
        assertThat(ask("applepicks", "kg picked per block").y()).containsExactly("NET_KG");
        assertThat(ask(PICKING, "net kg picked per field").y()).containsExactly("Net KG");
        assertThat(ask("judogradings", "median age at grading for each belt attempted")
                        .y())
                .containsExactly("ageAtGrading");
    }

    @Test
    void of_a_from_to_pair_the_to_unless_from_is_said() {
        assertThat(ask("judogradings", "avg kata score by belt").x()).isEqualTo("beltTo");
        assertThat(ask(SQUADS, "moves by stage").x()).isEqualTo("stageTo");
        assertThat(ask(SQUADS, "moves by stage moved from").x()).isEqualTo("stageFrom");
    }

    @Test
    void a_colour_before_a_name_one_value_begins_with_is_that_value() {
        assertThat(ask("judogradings", "how many U18s went for brown belt").filters())
                .anySatisfy(f -> assertThat(f.value()).isEqualTo("Brown (1st Kyu)"));
        assertThat(ask(SQUADS, "how many moved up to black stage").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Black (Level 4)"));
    }

    @Test
    void a_chart_word_a_name_holds_is_that_names_word() {
        assertThat(ask("vegboxes", "distribution of box weights in kg").chartType())
                .isEqualTo("histogram");
        assertThat(ask("vegboxes", "median price of a family box").chartType()).isEqualTo("kpi");
        assertThat(ask(SQUADS, "distribution of box weights").chartType()).isEqualTo("histogram");
        assertThat(ask(SQUADS, "box plot of lane mins by squad").chartType()).isEqualTo("box");
    }

    @Test
    void a_plural_cut_short_names_a_value() {
        assertThat(ask("judogradings", "gradings by club", "just the vets", "top 5")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Veteran (35+)"));
        assertThat(ask(SQUADS, "moves by stage", "just the pros").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Professional"));
    }

    @Test
    void a_deeds_status_dated_in_time_leaves_the_filter_to_its_date() {
        ChartSpec completions = ask("conveyancing", "how many completions in q4 2024");
        assertThat(completions.filters()).singleElement().satisfies(f -> assertThat(f.column())
                .isEqualTo("COMPL_DT"));
        ChartSpec commissioned = ask("heatpumpjobs", "jobs commissioned per month");
        assertThat(commissioned.x()).isEqualTo("commission_date");
        assertThat(commissioned.filters()).isNullOrEmpty();
        ChartSpec resolved = ask(DESK, "tickets resolved per month");
        assertThat(resolved.x()).isEqualTo("RESOLVED_DT");
        assertThat(resolved.filters()).isNullOrEmpty();
    }

    @Test
    void money_compared_with_a_things_count_is_that_things_money() {
        assertThat(ask("stairliftjobs", "list jobs where parts came to more than £1000")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("PARTS_COST"));
        assertThat(ask(DESK, "tickets where parts came to over £500").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("PARTS_COST"));
    }

    @Test
    void a_things_money_without_a_currency_is_named_by_the_thing_and_a_word_of_money() {
        assertThat(ask("heatpumpjobs", "total BUS grant money by financial year")
                        .y())
                .containsExactly("grant_amount");
        assertThat(ask("heatpumpjobs", "total quoted value of jobs on hold").y())
                .containsExactly("quoted_price");
        assertThat(ask(DESK, "total credit money by account manager").y()).containsExactly("credit_amount");
        assertThat(ask(DESK, "total quoted value by account manager").y()).containsExactly("quoted_price");
    }

    @Test
    void the_one_value_a_thing_is_said_to_have_after_an_article() {
        assertThat(ask("apprenticeclaims", "how many learners got a distinction at level 3")
                        .filters())
                .anySatisfy(f -> assertThat(f.value()).isEqualTo("Achieved - Distinction"));
        assertThat(ask(DESK, "how many tickets had an escalated outcome").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Escalated"));
    }

    @Test
    void a_unit_of_time_naming_one_date_is_the_grain_of_another_date_named() {
        assertThat(ask("apprenticeclaims", "new starts per month (learners by start date)")
                        .x())
                .isEqualTo("startDate");
        assertThat(ask(DESK, "tickets per month by opened date").x()).isEqualTo("OPENED_DT");
    }

    @Test
    void the_plural_of_a_keyword_that_is_a_value_names_the_rows_with_it() {
        assertThat(ask("stairliftjobs", "breakdowns per engineer").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("BREAKDOWN"));
        ChartSpec desk = ask(DESK, "breakdowns per account manager");
        assertThat(desk.x()).isEqualTo("AM_NAME");
        assertThat(desk.filters()).singleElement().satisfies(f -> assertThat(f.value())
                .isEqualTo("Breakdown"));
        assertThat(ask(DESK, "breakdown of time spent by account manager").filters())
                .isNullOrEmpty();
    }

    @Test
    void a_comparison_word_before_a_flag_is_the_state_it_records() {
        assertThat(ask("stairliftjobs", "faults pie chart", "only ones under warranty")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("WARR_FLG"));
        ChartSpec covered = ask(DESK, "tickets by account manager", "only the ones under guarantee");
        assertThat(covered.x()).isEqualTo("AM_NAME");
        assertThat(covered.filters()).singleElement().satisfies(f -> assertThat(f.column())
                .isEqualTo("GUARANTEE_FLG"));
        assertThat(ask(DESK, "tickets with time spent over 5").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.op()).isEqualTo(">"));
    }

    @Test
    void a_grain_of_a_things_date_names_that_date() {
        ChartSpec tours = ask("shoreexcursions", "excursion revenue by month of tour");
        assertThat(tours.x()).isEqualTo("tourDate");
        assertThat(tours.series()).isNull();
        ChartSpec picks = ask(PICKING, "net kg by week of pick");
        assertThat(picks.x()).isEqualTo("Pick Date");
        assertThat(picks.timeGrain()).isEqualTo("week");
        assertThat(picks.series()).isNull();
    }

    @Test
    void lines_picked_out_by_a_clause_are_listed() {
        assertThat(ask("tilelines", "lines where grout was added but no adhesive")
                        .chartType())
                .isEqualTo("table");
        assertThat(ask(PICKING, "lines where net kg is over 500").chartType()).isEqualTo("table");
    }
}
