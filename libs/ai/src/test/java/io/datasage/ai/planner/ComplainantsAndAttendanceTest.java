package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 105-108 called for, each on more than one file: the person named after what they do is not the
 * thing they did ("complaints" beside a complainant's columns, "applications" beside an applicant's), a column kept
 * as "Attend %" is the attendance asked for, and what people "earned" is their pay.
 */
class ComplainantsAndAttendanceTest {

    /** Job applications: the applicant's id and a flag about them, and no column of the applications themselves. */
    private static final DatasetSchema APPLICATIONS = Schemas.of(
            20000,
            Schemas.text("APP_REF", 20000, "A1", "A20000"),
            Schemas.text("APPLICANT_ID", 15000, "P1", "P15000"),
            Schemas.date("RECEIVED", "2023-01-01", "2024-12-31"),
            Schemas.category("ROLE", "Driver", "Picker", "Clerk"),
            Schemas.category("SITE", "Leeds", "York", "Hull"),
            Schemas.flag("REPEAT_APPLICANT"),
            Schemas.number("SALARY_OFFERED", "18000", "45000"));

    /** Evening classes: attendance kept as a percentage beside fees, per tutor. */
    private static final DatasetSchema CLASSES = Schemas.of(
            5000,
            Schemas.text("Class #", 5000, "C1", "C5000"),
            Schemas.category("Tutor", "Ann", "Bo", "Cy"),
            Schemas.category("Subject", "Pottery", "French", "Yoga"),
            Schemas.number("Fee (£)", "40", "400"),
            Schemas.number("Attend %", "0", "100"),
            Schemas.integer("Rating (1-5)", 5, "1", "5"));

    /** Cleaners' shifts: each shift's pay beside its hours. */
    private static final DatasetSchema SHIFTS = Schemas.of(
            8000,
            Schemas.text("shift_id", 8000, "S1", "S8000"),
            Schemas.category("Cleaner", "Dee", "Eli", "Fay"),
            Schemas.date("shift_date", "2024-01-01", "2024-12-31"),
            Schemas.number("Hours", "2", "12"),
            Schemas.number("Shift Pay", "20", "200"));

    @Test
    void complaints_are_counted_not_read_as_the_complainants_columns() {
        ChartSpec perWard = ask("noisecases", "top 3 wards by number of complaints");
        assertThat(perWard.x()).isEqualTo("WARD_NAME");
        assertThat(perWard.y()).isNullOrEmpty();
        assertThat(perWard.aggregation()).isEqualTo("count");
        ChartSpec perYear = ask("noisecases", "number of complaints per financial year");
        assertThat(perYear.aggregation()).isEqualTo("count");
        assertThat(perYear.y()).isNullOrEmpty();
        ChartSpec perRole = ask(APPLICATIONS, "number of applications per role");
        assertThat(perRole.x()).isEqualTo("ROLE");
        assertThat(perRole.aggregation()).isEqualTo("count");
        assertThat(perRole.y()).isNullOrEmpty();
        // Misspelt, the person's own word is still theirs.
        assertThat(Words.isTypo("complainent", "complainant")).isTrue();
        assertThat(Words.isTypo("complaint", "complainant")).isFalse();
        assertThat(Words.isTypo("application", "applicant")).isFalse();
    }

    @Test
    void attendance_is_a_column_kept_as_attend() {
        ChartSpec median = ask("sewingenrols", "median attendance for each tutor");
        assertThat(median.y()).containsExactly("Attend %");
        assertThat(median.aggregation()).isEqualTo("median");
        assertThat(ask(CLASSES, "histogram of attendance").x()).isEqualTo("Attend %");
        ChartSpec versus = ask(CLASSES, "plot attendance against the fee");
        assertThat(versus.chartType()).isEqualTo("scatter");
        assertThat(versus.y()).contains("Attend %");
    }

    @Test
    void what_people_earned_is_their_pay() {
        ChartSpec least = ask("lifeguardrota", "which 5 lifeguards earned the least in total");
        assertThat(least.y()).containsExactly("Shift Pay");
        assertThat(least.aggregation()).isEqualTo("sum");
        ChartSpec most = ask(SHIFTS, "how much did each cleaner earn in total");
        assertThat(most.x()).isEqualTo("Cleaner");
        assertThat(most.y()).containsExactly("Shift Pay");
    }
}
