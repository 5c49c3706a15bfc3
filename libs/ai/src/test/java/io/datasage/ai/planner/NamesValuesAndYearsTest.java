package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names inside values, lengths with their unit, plurals of capitals and years of dates (rounds 129-132). */
class NamesValuesAndYearsTest {

    /** A driving school's lessons: an instructor named in a value, a test flag, set route lengths in km. */
    private static final DatasetSchema LESSONS = Schemas.of(
            12000,
            Schemas.text("LESSON_ID", 12000, "L1", "L2"),
            Schemas.date("LESSON_DT", "2023-01-01", "2025-06-30"),
            Schemas.category("INSTRUCTOR_NM", "Sam (Senior Instructor)", "Jo", "Ali"),
            Schemas.category("INSTRUCTOR_PRESENT", "Y", "N"),
            Schemas.integer("ROUTE_KM", 4, "5", "20"),
            Schemas.category("MOT?", "Y", "N"),
            Schemas.money("FEE_GBP"));

    /** A society's members by renewal: the renewal's date and year, a lapse date. */
    private static final DatasetSchema RENEWALS = Schemas.of(
            50000,
            Schemas.text("Member ID", 9000, "M1", "M2"),
            Schemas.date("Join Date", "2015-01-01", "2025-06-30"),
            Schemas.date("Renewal Date", "2023-01-01", "2025-06-30"),
            Schemas.integer("Renewal Year", 3, "2023", "2025"),
            Schemas.date("Lapse Date", "2023-01-01", "2025-06-30"),
            Schemas.money("Fee (£)"));

    @Test
    void a_word_of_a_columns_name_is_the_column_not_a_value_holding_it() {
        ChartSpec perCoach = ask("archerysessions", "sessions per coach");
        assertThat(perCoach.x()).isEqualTo("COACH_NM");
        assertThat(perCoach.filters()).isNull();
        ChartSpec withCoach = ask("archerysessions", "how many sessions had a coach there");
        assertThat(withCoach.filters()).extracting(Filter::column).containsExactly("COACH_PRESENT");
        ChartSpec perInstructor = ask(LESSONS, "lessons per instructor");
        assertThat(perInstructor.x()).isEqualTo("INSTRUCTOR_NM");
        assertThat(perInstructor.filters()).isNull();
    }

    @Test
    void a_set_length_with_its_unit_is_kept_at_that_length() {
        ChartSpec seventy = ask("archerysessions", "list sessions scoring over 600 at 70m");
        assertThat(seventy.filters()).extracting(Filter::column).containsExactly("SCORE", "DIST_M");
        ChartSpec routes = ask(LESSONS, "average fee for lessons at 10km");
        assertThat(routes.filters()).extracting(Filter::column).containsExactly("ROUTE_KM");
        assertThat(routes.filters().get(0).value()).isEqualTo(10L);
    }

    @Test
    void the_plural_of_capitals_is_their_plural() {
        ChartSpec pbs = ask("archerysessions", "PBs per month");
        assertThat(pbs.filters()).extracting(Filter::column).containsExactly("PB?");
        assertThat(ask(LESSONS, "MOTs per month").filters())
                .extracting(Filter::column)
                .containsExactly("MOT?");
        // The capitals the file's name opens with are the rows it lists.
        ChartSpec fatal = ask("aelistings", "list fatal AEs");
        assertThat(fatal.filters()).extracting(Filter::column).containsExactly("Outcome");
        assertThat(fatal.y()).contains("Subject ID", "Outcome");
    }

    @Test
    void a_year_column_is_the_year_of_the_date_sharing_its_word() {
        assertThat(ask("hospicelottery", "ticket income by month").x()).isEqualTo("Draw Date");
        assertThat(ask(RENEWALS, "fees per month").x()).isEqualTo("Renewal Date");
        // Sign-ups are joins.
        assertThat(ask("hospicelottery", "new player sign ups per month").x()).isEqualTo("Join Date");
        assertThat(ask(RENEWALS, "sign ups per month").x()).isEqualTo("Join Date");
    }

    @Test
    void a_whole_year_on_another_dates_axis_is_that_dates_year() {
        ChartSpec lapses = ask("hospicelottery", "lapses per month in 2024");
        assertThat(lapses.x()).isEqualTo("Lapse Date");
        assertThat(lapses.filters())
                .containsExactly(new Filter("Lapse Date", "between", List.of("2024-01-01", "2024-12-31")));
        ChartSpec renewalLapses = ask(RENEWALS, "lapses per month in 2024");
        assertThat(renewalLapses.filters())
                .containsExactly(new Filter("Lapse Date", "between", List.of("2024-01-01", "2024-12-31")));
        // On the main date's own axis the export's year column stays.
        assertThat(ask(RENEWALS, "renewals per month in 2024").filters())
                .extracting(Filter::column)
                .containsExactly("Renewal Year");
    }
}
