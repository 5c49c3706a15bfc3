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
 * The rules round 32 of the held-out questions called for (revenue as the sum of each row's price, the things a kind
 * column sorts, dates named by what happened, units in brackets, codes of values, counted columns before a verb,
 * categories ranked by rows, money made from a thing, a comma after a count, verbs after "we", misspelt rows, heatmaps of an hour, kinds and their values, verbs of dates), each checked on a held-out dataset and on a schema built here.
 */
class PricesAndKindsTest {

    /** Museum admissions: one ticket per row with its price, a kind of tour, a complaint date, minutes in brackets. */
    private static final DatasetSchema MUSEUM = Schemas.of(
            120000,
            Schemas.text("Ticket No", 120000, "T-000001", "T-120000"),
            Schemas.date("Visit Date", "2023-01-01", "2024-12-31"),
            Schemas.date("Complaint Received", "2023-01-05", "2024-12-30"),
            Schemas.category("Exhibition", "Egypt", "Impressionists", "Dinosaurs", "Modern Design"),
            Schemas.category("Tour Type", "Guided", "Audio", "Self-guided"),
            Schemas.category("Unit Type", "Handheld", "App", "Headset"),
            Schemas.category("Severity", "S1 - Critical", "S2 - Major", "S3 - Minor"),
            new ColumnSchema("Ticket Price (GBP)", "decimal", null, 40, 0, null, "0", "45"),
            Schemas.number("On Site (min)", "10", "400"),
            Schemas.integer("Rooms Visited", 30, "1", "30"));

    /** Retail lines: a unit price beside quantities ordered and shipped, so no price adds up to revenue. */
    private static final DatasetSchema LINES = Schemas.of(
            50000,
            Schemas.text("Line ID", 50000, "L1", "L50000"),
            Schemas.category("Region", "North", "South"),
            Schemas.money("Unit Price"),
            Schemas.integer("Qty Ordered", 50, "1", "50"),
            Schemas.integer("Qty Shipped", 50, "0", "50"));

    /** Hazard reports with nothing to add up but a distance. */
    private static final DatasetSchema HAZARDS = Schemas.of(
            30000,
            Schemas.text("Report ID", 30000, "H1", "H30000"),
            Schemas.category("Hazard Category", "Slip", "Fire", "Chemical", "Electrical"),
            Schemas.category("Site", "North Yard", "South Yard", "Dock"),
            Schemas.date("Reported On", "2023-01-01", "2024-12-31"),
            Schemas.number("Distance (km)", "0", "80"),
            Schemas.integer("Samples Tested", 20, "0", "20"),
            Schemas.integer("Shift Hour", 24, "0", "23"));

    /** Lift passes: a Season column beside a Pass Type whose kinds include "Season", and a refund flag. */
    private static final DatasetSchema LIFTS = Schemas.of(
            40000,
            Schemas.text("Sale ID", 40000, "S1", "S40000"),
            Schemas.category("Season", "2023/24", "2024/25"),
            Schemas.category("Resort", "Peak", "Valley"),
            Schemas.category("Pass Type", "Season", "Day", "Week"),
            Schemas.flag("Refunded"),
            new ColumnSchema("Price (EUR)", "decimal", null, 300, 0, null, "0", "900"));

    /** Food inspections, named so: the file's name says what its rows are. */
    private static final DatasetSchema INSPECTIONS = new DatasetSchema(
            "inspections",
            5000,
            List.of(
                    Schemas.text("Insp ID", 5000, "I1", "I5000"),
                    Schemas.date("Visit Date", "2023-01-01", "2024-12-31"),
                    Schemas.category("Borough", "North", "South"),
                    Schemas.number("Inspection Score", "0", "100")));

    /** Venue hires: money from the hire and from the bar, a kind of hire named like the hire's money. */
    private static final DatasetSchema VENUES = Schemas.of(
            9000,
            Schemas.text("Hire Ref", 9000, "V1", "V9000"),
            Schemas.category("Venue", "Hall A", "Hall B", "Garden"),
            Schemas.category("Hire Type", "Wedding", "Conference", "Party"),
            Schemas.money("Hire Charge ($)"),
            Schemas.money("Bar Spend ($)"));

    @Test
    void money_made_from_a_thing_is_the_money_column_named_by_it() {
        ChartSpec hire = ask(VENUES, "hire income by venue");
        assertThat(hire.y()).containsExactly("Hire Charge ($)");
        assertThat(hire.series()).isNull();
        assertThat(ask(VENUES, "bar revenue per venue").y()).containsExactly("Bar Spend ($)");
        assertThat(ask("roombookings", "top 3 buildings by hire income").y()).containsExactly("Hire Charge (£)");
        ChartSpec tickets = ask("museum", "total ticket revenue by site");
        assertThat(tickets.y()).containsExactly("Ticket Price (USD)");
        assertThat(tickets.aggregation()).isEqualTo("sum");
    }

    @Test
    void a_comma_ends_what_is_counted() {
        ChartSpec museum = ask(MUSEUM, "heatmap of counts, exhibition by tour type");
        assertThat(museum.chartType()).isEqualTo("heatmap");
        assertThat(museum.aggregation()).isEqualTo("count");
        assertThat(List.of(museum.x(), museum.series())).containsExactlyInAnyOrder("Exhibition", "Tour Type");
        ChartSpec brewery = ask("brewery", "heatmap of batch counts, style by brewhouse");
        assertThat(brewery.aggregation()).isEqualTo("count");
        assertThat(List.of(brewery.x(), brewery.series())).containsExactlyInAnyOrder("Beer Style", "Brewhouse");
    }

    @Test
    void revenue_is_the_sum_of_the_price_each_row_was_sold_at() {
        ChartSpec museum = ask(MUSEUM, "revenue by exhibition");
        assertThat(museum.y()).containsExactly("Ticket Price (GBP)");
        assertThat(museum.aggregation()).isEqualTo("sum");
        assertThat(ask(MUSEUM, "average ticket price by exhibition").aggregation())
                .isEqualTo("mean");
        ChartSpec tickets = ask(MUSEUM, "tickets sold per exhibition");
        assertThat(tickets.aggregation()).isEqualTo("count");
        assertThat(tickets.y()).isNullOrEmpty();
        assertThat(ask(LINES, "revenue by region").y()).isNullOrEmpty();
        ChartSpec passes = ask("skipasses", "revenue by resort");
        assertThat(passes.y()).containsExactly("Price (EUR)");
        assertThat(passes.aggregation()).isEqualTo("sum");
        assertThat(ask("skipasses", "passes sold per pass type").y()).isNullOrEmpty();
    }

    @Test
    void a_plural_of_what_a_kind_column_sorts_names_the_rows() {
        ChartSpec tours = ask(MUSEUM, "number of tours by exhibition");
        assertThat(tours.x()).isEqualTo("Exhibition");
        assertThat(tours.aggregation()).isEqualTo("count");
        assertThat(tours.series()).isNull();
        assertThat(ask(MUSEUM, "number of tour types").y()).containsExactly("Tour Type");
        ChartSpec passes = ask("skipasses", "how many passes were refunded");
        assertThat(passes.aggregation()).isEqualTo("count");
        assertThat(passes.y()).isNullOrEmpty();
    }

    @Test
    void a_date_named_by_what_happened_to_the_rows_leaves_their_plural_to_count() {
        ChartSpec museum = ask(MUSEUM, "complaints by exhibition");
        assertThat(museum.chartType()).isEqualTo("bar");
        assertThat(museum.x()).isEqualTo("Exhibition");
        ChartSpec calls = ask("ambulance", "share of calls by unit type");
        assertThat(calls.chartType()).isEqualTo("pie");
        assertThat(calls.x()).isEqualTo("Unit Type");
    }

    @Test
    void a_category_is_no_volume_and_min_in_brackets_is_minutes() {
        ChartSpec volume = ask(MUSEUM, "monthly ticket volume");
        assertThat(volume.chartType()).isEqualTo("line");
        assertThat(volume.series()).isNull();
        assertThat(ask("ambulance", "monthly call volume").series()).isNull();
        assertThat(ask(MUSEUM, "average time on site by exhibition").y()).containsExactly("On Site (min)");
        assertThat(ask("ambulance", "avg on-scene time per chief complaint, highest first")
                        .y())
                .containsExactly("On Scene (min)");
    }

    @Test
    void a_short_code_finds_the_value_it_begins() {
        assertThat(ask(MUSEUM, "S1 complaints by exhibition").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("S1 - Critical");
        assertThat(ask("ambulance", "weekly number of P1 calls in 2024").filters())
                .extracting(ChartSpec.Filter::column)
                .contains("Priority");
    }

    @Test
    void categories_are_ranked_by_their_rows_when_nothing_is_the_amount_of_the_data() {
        ChartSpec hazards = ask(HAZARDS, "top 3 hazard categories");
        assertThat(hazards.aggregation()).isEqualTo("count");
        assertThat(hazards.y()).isNullOrEmpty();
        assertThat(ask("ambulance", "top 5 chief complaints").aggregation()).isEqualTo("count");
        assertThat(ask(MUSEUM, "top 3 exhibitions").aggregation()).isEqualTo("count");
        assertThat(ask(LINES, "top 3 regions").aggregation()).isEqualTo("count");
        // A measure named still ranks.
        assertThat(ask(LINES, "top 3 regions by units ordered").y()).containsExactly("Qty Ordered");
    }

    @Test
    void a_counted_column_before_a_verb_is_counted_and_a_synonym_takes_the_participle_after_it() {
        ChartSpec sites = ask(HAZARDS, "how many distinct sites have been tested");
        assertThat(sites.aggregation()).isEqualTo("count_distinct");
        assertThat(sites.y()).containsExactly("Site");
        assertThat(ask("seedbank", "how many distinct species have been tested").y())
                .containsExactly("Species");
        assertThat(ask(LINES, "units shipped by region").y()).containsExactly("Qty Shipped");
        assertThat(ask("picking", "total units picked per warehouse").y()).containsExactly("qty_picked");
        assertThat(ask(LINES, "units ordered by region").y()).containsExactly("Qty Ordered");
    }

    @Test
    void a_word_after_we_that_only_resembles_a_name_is_what_we_did() {
        ChartSpec sites = ask(HAZARDS, "how many distinct sites do we report");
        assertThat(sites.chartType()).isEqualTo("kpi");
        assertThat(sites.y()).containsExactly("Site");
        ChartSpec venues = ask("publications", "how many distinct venues do we publish in");
        assertThat(venues.chartType()).isEqualTo("kpi");
        assertThat(venues.y()).containsExactly("Venue");
    }

    @Test
    void a_misspelt_plural_of_the_rows_counts_them() {
        ChartSpec inspections = ask(INSPECTIONS, "weekly inspectons");
        assertThat(inspections.aggregation()).isEqualTo("count");
        assertThat(inspections.y()).isNullOrEmpty();
        ChartSpec sessions = ask("sessions", "daily sesions");
        assertThat(sessions.aggregation()).isEqualTo("count");
        assertThat(sessions.y()).isNullOrEmpty();
    }

    @Test
    void a_heatmap_crosses_a_small_whole_number_with_a_category() {
        ChartSpec hours = ask(HAZARDS, "heatmap of shift hour by site");
        assertThat(hours.chartType()).isEqualTo("heatmap");
        assertThat(hours.aggregation()).isEqualTo("count");
        assertThat(hours.x()).isEqualTo("Shift Hour");
        assertThat(hours.series()).isEqualTo("Site");
        ChartSpec crashes = ask("collisions", "heatmap of crash hour by borough");
        assertThat(crashes.chartType()).isEqualTo("heatmap");
        assertThat(crashes.x()).isEqualTo("Crash Hour");
    }

    @Test
    void the_noun_of_a_kind_column_before_a_measure_is_the_thing_measured() {
        ChartSpec tours = ask(MUSEUM, "avg tour price by exhibition");
        assertThat(tours.x()).isEqualTo("Exhibition");
        assertThat(tours.series()).isNull();
        ChartSpec passes = ask("skipasses", "avg pass price by resort");
        assertThat(passes.y()).containsExactly("Price (EUR)");
        assertThat(passes.series()).isNull();
    }

    @Test
    void a_value_before_the_noun_of_its_kind_column_is_that_kind() {
        ChartSpec lifts = ask(LIFTS, "list refunded season passes");
        assertThat(lifts.chartType()).isEqualTo("table");
        assertThat(lifts.filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactlyInAnyOrder(tuple("Pass Type", "Season"), tuple("Refunded", true));
        assertThat(ask("skipasses", "list refunded season passes").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactlyInAnyOrder("Pass Type", "Refunded");
    }

    @Test
    void the_present_tense_of_a_dates_participle_is_a_verb() {
        ChartSpec museum = ask(MUSEUM, "which exhibitions receive the most complaints");
        assertThat(museum.chartType()).isEqualTo("bar");
        assertThat(museum.x()).isEqualTo("Exhibition");
        ChartSpec hospitals = ask("ambulance", "which hospitals recieve the most patients");
        assertThat(hospitals.chartType()).isEqualTo("bar");
        assertThat(hospitals.x()).isEqualTo("Hospital Dest");
    }
}
