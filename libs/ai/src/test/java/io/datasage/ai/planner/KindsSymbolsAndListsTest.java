package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 48 and 49 of the held-out questions called for (things a kind column abbreviates, a subject's
 * synonyms and its date, element symbols, abbreviations that are also words of spread, lists of every row, ordinals
 * in digits, names that qualify or spell out others), each checked on a held-out dataset and on a schema built here.
 */
class KindsSymbolsAndListsTest {

    /** A water lab's samples: element symbols, an abbreviated kind column, a deviation, a clock hour, a flag. */
    private static final DatasetSchema WATER = Schemas.of(
            2_400,
            Schemas.text("Sample ID", 2_400, "WS-0001", "WS-0002"),
            Schemas.category("Site", "Reservoir A", "Borehole 3", "River Intake"),
            Schemas.category("Smp Type", "Routine", "Complaint", "Resample"),
            Schemas.category("Sampler Type", "Grab", "Composite"),
            Schemas.date("Sampled On", "2023-01-01", "2024-12-31"),
            Schemas.number("Na (mg/l)", "2", "180"),
            Schemas.number("Ca (mg/l)", "5", "240"),
            Schemas.number("Pb (ug/l)", "0", "25"),
            Schemas.number("Dev_pct", "-12", "15"),
            Schemas.integer("Start Hr", 14, "6", "19"),
            Schemas.integer("Dur (mins)", 6, "10", "60"),
            Schemas.integer("Visits", 2, "1", "2"),
            Schemas.flag("InSpec"));

    @Test
    void a_kind_columns_thing_named_in_full_is_the_rows() {
        ChartSpec requests = ask("foirequests", "number of requests per directorate");
        assertThat(requests.x()).isEqualTo("Directorate");
        assertThat(requests.y()).isNullOrEmpty();
        assertThat(requests.aggregation()).isEqualTo("count");
        assertThat(ask("foirequests", "officer hrs vs working days taken, one dot per request")
                        .series())
                .isNull();
        ChartSpec samples = ask(WATER, "samples per site");
        assertThat(samples.x()).isEqualTo("Site");
        assertThat(samples.y()).isNullOrEmpty();
    }

    @Test
    void a_subject_is_never_a_synonym_and_dates_the_rows() {
        ChartSpec assessments = ask("eparesults", "number of assessments per standard");
        assertThat(assessments.aggregation()).isEqualTo("count");
        assertThat(assessments.y()).isNullOrEmpty();
        assertThat(ask("eparesults", "avg score by month").x()).isEqualTo("Assessment Date");
        // Ship Date and Ship Mode describe each order's shipping, not what the rows are.
        assertThat(ask("sales", "monthly sales trend").x()).isEqualTo("Order Date");
    }

    @Test
    void elements_written_as_symbols_are_named_in_words() {
        assertThat(ask("soiltests", "distribution of potasium levels").x()).isEqualTo("K (mg/l)");
        assertThat(ask("soiltests", "average magnesium per farm").y()).containsExactly("Mg (mg/l)");
        assertThat(ask(WATER, "avg sodium by site").y()).containsExactly("Na (mg/l)");
        assertThat(ask(WATER, "max lead per site").y()).containsExactly("Pb (ug/l)");
    }

    @Test
    void a_word_of_spread_a_name_abbreviates_is_that_name() {
        ChartSpec deviation = ask("cmmchecks", "average deviation by part number");
        assertThat(deviation.y()).containsExactly("Dev_mm");
        assertThat(deviation.aggregation()).isEqualTo("mean");
        assertThat(ask(WATER, "max deviation by site").y()).containsExactly("Dev_pct");
        // "distribution" is no Dist (km): only the words of spread that also name measures.
        assertThat(ask("freight", "delay distribution").chartType()).isEqualTo("histogram");
    }

    @Test
    void things_named_before_measures_say_whose_measure_it_is() {
        ChartSpec job = ask("backupjobs", "avg job duration by platform");
        assertThat(job.series()).isNull();
        assertThat(job.y()).containsExactly("Dur (min)");
        ChartSpec booking = ask("courtbookings", "avg booking length in mins by sport");
        assertThat(booking.x()).isEqualTo("Sport");
        assertThat(booking.y()).containsExactly("Dur (mins)");
        // A clock hour is no duration.
        assertThat(ask(WATER, "avg sample length by site").y()).containsExactly("Dur (mins)");
    }

    @Test
    void nouns_of_actions_and_out_of_name_states() {
        ChartSpec failures = ask("backupjobs", "top 10 hosts by number of failures");
        assertThat(failures.filters()).extracting(ChartSpec.Filter::value).containsExactly("Failed");
        ChartSpec out = ask("cmmchecks", "how many out of tolerance measurements per machine");
        assertThat(out.chartType()).isEqualTo("bar");
        assertThat(out.x()).isEqualTo("Mach_ID");
        assertThat(out.filters()).extracting(ChartSpec.Filter::column).containsExactly("InTol");
        assertThat(ask(WATER, "samples out of spec by site").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("InSpec");
        // "in total" is no InTol; an inspection is no Inspector.
        assertThat(ask("cmmchecks", "how many NCRs have been raised in total").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("NCR");
        assertThat(ask("cmmchecks", "number of distinct inspections per month").y())
                .containsExactly("Insp_ID");
    }

    @Test
    void every_row_listed_and_ordinals_in_digits() {
        assertThat(ask("soiltests", "show every sample with a pH below 5.5").chartType())
                .isEqualTo("table");
        assertThat(ask("eparesults", "show me every component scored under 40%").chartType())
                .isEqualTo("table");
        ChartSpec third = ask("eparesults", "list all fails on a 3rd attempt");
        assertThat(third.chartType()).isEqualTo("table");
        assertThat(third.filters()).extracting(ChartSpec.Filter::column).contains("Attempt No");
        assertThat(ask("vendingrefills", "visits where stock was below 15% before refill")
                        .chartType())
                .isEqualTo("table");
    }

    @Test
    void initials_that_drop_the_files_subject() {
        assertThat(ask("soiltests", "avg organic matter by soil texture").y()).containsExactly("SOM %");
        ChartSpec scatter = ask("soiltests", "ph vs organic matter");
        assertThat(scatter.chartType()).isEqualTo("scatter");
        // "score remote" is the score, then the flag: not "sco" and "re" glued into one name.
        assertThat(ask("eparesults", "average score remote vs face to face").x())
                .isEqualTo("Remote (Y/N)");
    }

    @Test
    void a_name_spelt_out_or_said_whole_beats_one_with_a_qualifier() {
        assertThat(ask("eparesults", "component grades by standard level, stacked")
                        .x())
                .isEqualTo("Std Level");
        assertThat(ask("eparesults", "average score by provider", "swap to standard")
                        .x())
                .isEqualTo("Standard");
        assertThat(ask("eparesults", "average score by provider", "switch to standard")
                        .y())
                .containsExactly("Score (%)");
    }

    @Test
    void all_of_them_together_is_one_number() {
        assertThat(ask("backupjobs", "total GB read across all jobs").chartType())
                .isEqualTo("kpi");
        assertThat(ask(WATER, "mean calcium across all sites").chartType()).isEqualTo("kpi");
        // Compared, they stay apart.
        assertThat(ask(WATER, "compare mean calcium across all sites").x()).isEqualTo("Site");
    }

    @Test
    void typed_shorthand_and_capitals() {
        assertThat(ask("scootertrips", "hw many distinct riders are there").chartType())
                .isEqualTo("kpi");
        assertThat(ask("opsessions", "total on-the-day cancellations").y()).containsExactly("OTD_CANX");
        assertThat(ask("backupjobs", "max duration by job type on AWS").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("AWS EC2");
        assertThat(ask("courtbookings", "how many unique members booked a court in 2024")
                        .chartType())
                .isEqualTo("kpi");
    }

    @Test
    void a_number_with_two_values_is_counted_per_value() {
        assertThat(ask("teetimes", "how many bookings were for 9 holes vs 18 holes")
                        .chartType())
                .isEqualTo("bar");
        assertThat(ask(WATER, "number of samples by visits").chartType()).isEqualTo("bar");
    }
}
