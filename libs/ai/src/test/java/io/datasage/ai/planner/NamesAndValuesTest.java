package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 15-19 of the held-out questions called for (initials, names saying "not", country codes, day
 * names, compound nouns that start with a chart word, averages never stacked, paired values, a box per year, words
 * describing a grouped column, units, rows named by plurals, colours kept, distinct counts, ...), each checked on
 * other questions than the held-out files', on more than one dataset.
 */
class NamesAndValuesTest {

    @Test
    void initials_name_a_short_column() {
        assertThat(ask("hotels", "average daily rate by hotel").y()).containsExactly("adr");
        assertThat(ask("insurance", "average body mass index by region").y()).containsExactly("bmi");
    }

    @Test
    void a_name_saying_not_is_not_matched_without_it() {
        ChartSpec cancelled = ask("hotels", "how many bookings were cancelled");
        assertThat(PlannerCases.columnsUsed(cancelled)).doesNotContain("previous_bookings_not_canceled");
        assertThat(PlannerCases.columnsUsed(cancelled)).containsExactly("is_canceled");
    }

    @Test
    void country_names_find_codes_and_day_names_abbreviations() {
        assertThat(ask("hotels", "bookings from france").filters())
                .anyMatch(f -> f.column().equals("country") && "FRA".equals(f.value()));
        // Where the data spells names, the name itself still wins over its codes.
        assertThat(ask("happiness", "life ladder in germany by year").filters())
                .anyMatch(f -> f.column().equals("Country name") && "Germany".equals(f.value()));
        assertThat(ask("tips", "average tip on sunday").filters())
                .anyMatch(f -> f.column().equals("day") && "Sun".equals(f.value()));
        assertThat(ask("tips", "total bill on thursdays").filters())
                .anyMatch(f -> f.column().equals("day") && "Thur".equals(f.value()));
    }

    @Test
    void a_chart_word_starting_a_compound_noun_is_no_chart() {
        assertThat(ask("movies", "box office revenue by year").chartType()).isNotEqualTo("box");
        assertThat(ask("olympics", "table tennis athletes by year").chartType()).isNotEqualTo("table");
    }

    @Test
    void averages_and_medians_are_never_stacked() {
        assertThat(ask("tips", "median tip by day and smoker").chartType()).isEqualTo("grouped_bar");
        assertThat(ask("insurance", "average charges by region and smoker").chartType())
                .isEqualTo("grouped_bar");
        assertThat(ask("usedcars", "listings by body type and accident history").chartType())
                .isEqualTo("stacked_bar");
    }

    @Test
    void two_values_of_one_column_compared_group_by_it() {
        ChartSpec olympics = ask("olympics", "height distribution men vs women");
        assertThat(olympics.chartType()).isEqualTo("box");
        assertThat(olympics.x()).isEqualTo("Sex");
        ChartSpec tips = ask("tips", "tip distribution for male vs female");
        assertThat(tips.chartType()).isEqualTo("box");
        assertThat(tips.x()).isEqualTo("sex");
    }

    @Test
    void a_distribution_per_year_is_a_box_per_year() {
        ChartSpec movies = ask("movies", "rating distribution by year");
        assertThat(movies.chartType()).isEqualTo("box");
        assertThat(movies.x()).isEqualTo("Year");
        ChartSpec happiness = ask("happiness", "distribution of life ladder for each year");
        assertThat(happiness.chartType()).isEqualTo("box");
        assertThat(happiness.x()).isEqualTo("Year");
    }

    @Test
    void a_word_between_by_and_a_column_describes_it() {
        assertThat(ask("tips", "total bill by party size").x()).isEqualTo("size");
        assertThat(ask("usedcars", "average price by vehicle body type").x()).isEqualTo("Body Type");
    }

    @Test
    void all_the_words_after_a_preposition_name_the_column() {
        assertThat(ask("hotels", "average weekend nights by hotel").y()).containsExactly("stays_in_weekend_nights");
        assertThat(ask("hotels", "total week nights stayed by meal").y()).containsExactly("stays_in_week_nights");
    }

    @Test
    void shortest_ranks_durations_shortest_first() {
        ChartSpec movies = ask("movies", "5 shortest movies");
        assertThat(movies.y()).containsExactly("Runtime (Minutes)");
        assertThat(movies.limit()).isEqualTo(5);
        assertThat(movies.sort().order()).isEqualTo("asc");
    }

    @Test
    void ranked_by_a_column_count_counts_its_values() {
        ChartSpec teams = ask("olympics", "top 5 teams by medal count");
        assertThat(teams.x()).isEqualTo("Team");
        assertThat(teams.y()).containsExactly("Medal");
        assertThat(teams.aggregation()).isEqualTo("count");
        ChartSpec agents = ask("tickets", "top 5 agents by ticket count");
        assertThat(agents.chartType()).isEqualTo("bar");
        assertThat(agents.aggregation()).isEqualTo("count");
        assertThat(agents.series()).isNull();
    }

    @Test
    void only_a_value_and_a_noun_keeps_the_chart_and_filters() {
        ChartSpec olympics = ask("olympics", "number of entries per year", "only summer games");
        assertThat(olympics.series()).isNull();
        assertThat(olympics.filters()).anyMatch(f -> f.column().equals("Season") && "Summer".equals(f.value()));
        ChartSpec customers = ask("customers", "monthly signups", "only german customers");
        assertThat(PlannerCases.columnsUsed(customers)).containsExactlyInAnyOrder("Signup Date", "Country");
    }

    // Round 16: codes and their names, values inside names, a column per year, study outcomes, abbreviations.

    @Test
    void a_code_grouped_by_gives_way_to_its_name() {
        assertThat(ask("coffee", "average unit price by store").x()).isEqualTo("store_location");
        assertThat(ask("coffee", "number of transactions by product").x()).isEqualTo("product_detail");
    }

    @Test
    void a_value_word_inside_another_name_names_it() {
        assertThat(ask("salaries", "median salary in usd by company size").y()).containsExactly("salary_in_usd");
        ChartSpec usd = ask("salaries", "usd salary by experience level");
        assertThat(usd.y()).containsExactly("salary_in_usd");
        assertThat(usd.filters()).isNullOrEmpty();
    }

    @Test
    void a_year_picks_the_column_of_that_year() {
        assertThat(ask("population", "population by continent in 2000").y()).containsExactly("2000 Population");
        assertThat(ask("population", "total 2022 population by continent", "use 1970 instead")
                        .y())
                .containsExactly("1970 Population");
    }

    @Test
    void disease_names_a_study_outcome_and_with_and_without_compares_it() {
        ChartSpec rate = ask("heart", "disease rate by sex");
        assertThat(rate.y()).containsExactly("target");
        assertThat(rate.aggregation()).isEqualTo("mean");
        assertThat(ask("heart", "cholesterol of patients with and without disease")
                        .x())
                .isEqualTo("target");
        assertThat(ask("customers", "average total spend of customers with and without newsletter")
                        .x())
                .isEqualTo("Newsletter");
    }

    @Test
    void words_abbreviate_short_names_by_initials_or_starts() {
        assertThat(PlannerCases.columnsUsed(ask("heart", "fasting blood sugar by sex")))
                .contains("fbs");
        assertThat(PlannerCases.columnsUsed(ask("heart", "exercise induced angina by sex")))
                .contains("exang");
        assertThat(ask("heart", "max heart rate by chest pain type, box plot").x())
                .isEqualTo("cp");
    }

    @Test
    void a_pie_of_a_yes_no_column_shows_both_values() {
        assertThat(ask("heart", "share of diagnosed patients - pie").x()).isEqualTo("target");
        ChartSpec news = ask("customers", "share of customers with newsletter, pie");
        assertThat(news.chartType()).isEqualTo("pie");
        assertThat(news.x()).isEqualTo("Newsletter");
    }

    @Test
    void a_yes_no_rate_over_a_few_numbers_is_bars() {
        ChartSpec hotels = ask("hotels", "cancellation rate by number of special requests");
        assertThat(hotels.chartType()).isEqualTo("bar");
        assertThat(hotels.aggregation()).isEqualTo("mean");
        ChartSpec heart = ask("heart", "heart disease rate by number of major vessels (ca)");
        assertThat(heart.chartType()).isEqualTo("bar");
        assertThat(heart.x()).isEqualTo("ca");
    }

    // Round 17: things counted that are the rows themselves, extremes inside names, pick-up and drop-off codes.

    @Test
    void counting_what_nearly_every_row_is_counts_rows() {
        ChartSpec cities = ask("airquality", "number of cities by country");
        assertThat(cities.x()).isEqualTo("Country");
        assertThat(cities.y()).isNullOrEmpty();
        assertThat(ask("netflix", "number of titles by type").y()).isNullOrEmpty();
    }

    @Test
    void an_extreme_before_a_name_that_carries_it_is_that_column() {
        assertThat(ask("weather", "average max temp by weather").y()).containsExactly("temp_max");
        assertThat(ask("weather", "min temp over time").y()).containsExactly("temp_min");
    }

    @Test
    void pu_and_do_abbreviate_pick_up_and_drop_off() {
        assertThat(ask("taxi", "trips by pickup location").x()).isEqualTo("PULocationID");
        assertThat(ask("taxi", "top 10 pickup locations by number of trips").limit())
                .isEqualTo(10);
    }

    @Test
    void a_decimal_inside_a_name_stays_part_of_it() {
        assertThat(ask("airquality", "average PM2.5 AQI value by country").y()).containsExactly("PM2.5 AQI Value");
        assertThat(ask("airquality", "max pm2.5 aqi value in China").aggregation())
                .isEqualTo("max");
    }

    @Test
    void the_date_sharing_a_word_with_the_measure_is_the_time_axis() {
        assertThat(ask("pipeline", "total close value by month").x()).isEqualTo("close_date");
        assertThat(ask("tickets", "closed tickets by month").x()).isEqualTo("closed_at");
    }

    @Test
    void a_plural_naming_what_each_row_is_means_the_rows() {
        ChartSpec brazil = ask("airquality", "cities in Brazil by AQI category");
        assertThat(PlannerCases.columnsUsed(brazil)).containsExactlyInAnyOrder("AQI Category", "Country");
        ChartSpec most = ask("airquality", "which countries have the most cities");
        assertThat(most.x()).isEqualTo("Country");
        assertThat(most.series()).isNull();
        // With a measure and nothing counted, the rows are what is shown.
        assertThat(ask("population", "European countries by 2022 population").x())
                .isEqualTo("Country/Territory");
    }

    @Test
    void a_typed_identifier_is_that_column_even_after_a_keyword() {
        ChartSpec taxi = ask("taxi", "distribution of total_amount for trips under $100");
        assertThat(taxi.chartType()).isEqualTo("histogram");
        assertThat(taxi.x()).isEqualTo("total_amount");
        assertThat(taxi.filters()).anyMatch(f -> f.column().equals("total_amount") && "<".equals(f.op()));
        assertThat(ask("taxi", "average total_amount by payment_type").y()).containsExactly("total_amount");
    }

    @Test
    void a_code_column_named_with_one_of_its_codes_filters_it() {
        assertThat(ask("taxi", "number of trips per day", "only vendor 2").filters())
                .anyMatch(f ->
                        f.column().equals("VendorID") && Double.valueOf(2).equals(((Number) f.value()).doubleValue()));
        assertThat(ask("coffee", "transactions of store 5 by month").filters())
                .anyMatch(f -> f.column().equals("store_id"));
    }

    @Test
    void a_yes_no_column_broken_down_by_is_a_series_and_named_with_only_a_filter() {
        ChartSpec vine = ask("reviews", "reviews per marketplace broken down by vine");
        assertThat(vine.series()).isEqualTo("Vine");
        assertThat(vine.filters()).isNullOrEmpty();
        ChartSpec estimated = ask("energy", "count by region broken down by estimated read");
        assertThat(estimated.series()).isEqualTo("Estimated Read");
        assertThat(estimated.filters()).isNullOrEmpty();
        assertThat(ask("reviews", "average sentiment score by brand, vine only").filters())
                .anyMatch(f -> f.column().equals("Vine") && f.value().equals("Y"));
        assertThat(ask("energy", "total cost by supplier, estimated reads only").filters())
                .anyMatch(f -> f.column().equals("Estimated Read") && f.value().equals(true));
    }

    @Test
    void an_exact_name_in_parentheses_names_the_words_before_it() {
        assertThat(PlannerCases.columnsUsed(ask("matches", "home goals (FTHG) by league")))
                .containsExactlyInAnyOrder("FTHG", "League");
        DatasetSchema tickets = Schemas.of(
                5000,
                Schemas.date("Ticket Date", "2024-01-01", "2024-12-31"),
                Schemas.category("STS", "Open", "Closed", "Pending"),
                Schemas.category("Queue", "Billing", "Tech"));
        ChartSpec status = ask(tickets, "pie of ticket states (STS)");
        assertThat(status.x()).isEqualTo("STS");
    }

    @Test
    void a_unit_in_mixed_case_is_one_word_and_energy_and_mass_add_up() {
        ChartSpec kwh = ask("energy", "weekly kwh by region");
        assertThat(kwh.y()).containsExactly("kWh Consumed");
        assertThat(kwh.aggregation()).isEqualTo("sum");
        assertThat(ask("energy", "co2e by supplier").aggregation()).isEqualTo("sum");
        DatasetSchema plants = Schemas.of(
                800,
                Schemas.category("Plant", "Alpha", "Beta", "Gamma"),
                Schemas.number("Output (MWh)", "0", "900"),
                Schemas.number("Waste (kg)", "0", "300"),
                Schemas.number("Voltage (kV)", "10", "400"));
        ChartSpec output = ask(plants, "mwh by plant");
        assertThat(output.y()).containsExactly("Output (MWh)");
        assertThat(output.aggregation()).isEqualTo("sum");
        assertThat(ask(plants, "waste by plant").aggregation()).isEqualTo("sum");
        assertThat(ask(plants, "voltage by plant").aggregation()).isEqualTo("mean");
    }

    @Test
    void a_noun_of_consuming_or_subscribing_meets_the_verb_in_a_name() {
        DatasetSchema water = Schemas.of(
                3000,
                Schemas.date("Reading Date", "2023-01-01", "2024-12-31"),
                Schemas.category("District", "North", "South"),
                Schemas.number("Water Consumed (m3)", "0", "90"),
                Schemas.integer("Subscribed Users", 400, "0", "900"));
        assertThat(ask(water, "water consumption by district").y()).containsExactly("Water Consumed (m3)");
        assertThat(ask(water, "subscriptions by district").y()).containsExactly("Subscribed Users");
    }

    @Test
    void a_word_alone_is_the_thing_named_not_a_column_qualifying_it() {
        assertThat(ask("energy", "average peak demand by site").x()).isEqualTo("Site Name");
        // Asked with its qualifier, the qualifying column is still meant.
        assertThat(ask("energy", "average peak demand by site type").x()).isEqualTo("Site Type");
        DatasetSchema stores = Schemas.of(
                2000,
                Schemas.category("Store Name", "Downtown", "Airport", "Mall", "Harbour"),
                Schemas.category("Store Size", "Small", "Large"),
                Schemas.money("Revenue"));
        assertThat(ask(stores, "revenue by store").x()).isEqualTo("Store Name");
    }

    @Test
    void per_a_word_partly_naming_a_date_means_per_row() {
        ChartSpec attendance = ask("matches", "average attendance per match by season");
        assertThat(attendance.x()).isEqualTo("Season");
        assertThat(PlannerCases.columnsUsed(attendance)).doesNotContain("Match Date");
        ChartSpec profit = ask("sales", "average profit per order by region");
        assertThat(profit.x()).isEqualTo("Region");
        assertThat(PlannerCases.columnsUsed(profit)).doesNotContain("Order Date");
    }

    @Test
    void an_adverb_of_time_before_an_aggregation_is_a_time_axis_not_a_value() {
        ChartSpec weekly = ask("jobs", "weekly total applies");
        assertThat(weekly.x()).isEqualTo("Posted Date");
        assertThat(weekly.timeGrain()).isEqualTo("week");
        DatasetSchema billing = Schemas.of(
                4000,
                Schemas.date("Invoice Date", "2023-01-01", "2024-12-31"),
                Schemas.category("Billing Cycle", "Monthly", "Yearly"),
                Schemas.money("Amount"));
        ChartSpec monthly = ask(billing, "monthly total amount");
        assertThat(monthly.x()).isEqualTo("Invoice Date");
        assertThat(monthly.timeGrain()).isEqualTo("month");
        assertThat(monthly.filters()).isNullOrEmpty();
        // Without an aggregation it may well mean the rows with that value.
        assertThat(ask(billing, "amount of monthly invoices by year").filters())
                .anyMatch(f -> f.column().equals("Billing Cycle"));
    }

    @Test
    void a_count_for_each_of_a_few_numbers_is_a_bar_per_number() {
        ChartSpec party = ask("tips", "number of bills for each party size");
        assertThat(party.chartType()).isEqualTo("bar");
        assertThat(party.x()).isEqualTo("size");
        ChartSpec quantity = ask("sales", "count of orders for each quantity");
        assertThat(quantity.chartType()).isEqualTo("bar");
        assertThat(quantity.x()).isEqualTo("Quantity");
        // Counted "by" a number, it stays the histogram of that number.
        assertThat(ask("tips", "number of bills by party size").chartType()).isEqualTo("histogram");
    }

    @Test
    void a_measure_named_like_a_chart_word_is_that_measure_once_its_unit_is_set_apart() {
        assertThat(PlannerCases.columnsUsed(ask("wine", "density vs residual sugar")))
                .containsExactlyInAnyOrder("density (g/cm3)", "residual sugar (g/L)");
        DatasetSchema cities = Schemas.of(
                300,
                Schemas.category("City", "Lyon", "Nice", "Lille"),
                Schemas.number("Density (km2)", "10", "20000"),
                Schemas.number("Income", "10000", "90000"));
        assertThat(ask(cities, "density by city").y()).containsExactly("Density (km2)");
        assertThat(ask("wine", "average pH by wine type").y()).containsExactly("pH");
    }

    @Test
    void colour_by_stays_on_a_scatter_with_stated_axes_and_after_the_marks_named() {
        assertThat(ask("wine", "x axis is sulphates, y axis is quality, colored by wine type")
                        .series())
                .isEqualTo("Wine Type");
        assertThat(ask("shipments", "x is gross weight and y is freight cost, colour the dots by carrier")
                        .series())
                .isEqualTo("Carrier");
    }

    @Test
    void a_plural_naming_the_rows_is_no_request_for_a_sample_or_a_date() {
        ChartSpec filtered = ask("wine", "average alcohol by lab tech", "only samples with pH above 3.5");
        assertThat(filtered.chartType()).isEqualTo("bar");
        assertThat(filtered.filters()).anyMatch(f -> f.column().equals("pH"));
        ChartSpec checkouts = ask("library", "number of checkouts by genre");
        assertThat(PlannerCases.columnsUsed(checkouts)).containsExactly("Genre");
        ChartSpec shipped = ask("shipments", "number of ships by carrier");
        assertThat(PlannerCases.columnsUsed(shipped)).containsExactly("Carrier");
    }

    @Test
    void ranked_by_the_rows_is_ranked_by_their_number() {
        ChartSpec authors = ask("library", "top 3 genres by loans");
        assertThat(authors.aggregation()).isEqualTo("count");
        assertThat(PlannerCases.columnsUsed(authors)).containsExactly("Genre");
        ChartSpec browsers = ask("sessions", "top 5 browsers by sessions");
        assertThat(browsers.aggregation()).isEqualTo("count");
        assertThat(PlannerCases.columnsUsed(browsers)).containsExactly("Browser");
    }

    @Test
    void unique_counts_distinct_values_even_where_most_rows_have_their_own() {
        assertThat(ask("sessions", "number of unique visitors by device category")
                        .aggregation())
                .isEqualTo("count_distinct");
        assertThat(ask("shipments", "how many unique consignments").aggregation())
                .isIn("count", "count_distinct");
        DatasetSchema orders = Schemas.of(
                10_000,
                Schemas.integer("Customer No", 9_000, "1", "9000"),
                Schemas.category("Region", "North", "South"),
                Schemas.money("Amount"));
        assertThat(ask(orders, "how many unique customers").aggregation()).isEqualTo("count_distinct");
    }

    @Test
    void names_in_a_list_end_at_commas_and_cd_abbreviates_code() {
        assertThat(ask("matches", "correlation of home shots, away shots, home xG, away xG")
                        .y())
                .containsExactlyInAnyOrder("Home Shots", "Away Shots", "Home xG", "Away xG");
        assertThat(ask("library", "average fine by branch code").x()).isEqualTo("Branch Cd");
        DatasetSchema staff = Schemas.of(
                800,
                Schemas.category("DEPT_CD", "D01", "D02", "D03"),
                Schemas.category("DEPT_NAME", "Sales", "Finance", "IT"),
                Schemas.money("Salary"));
        assertThat(ask(staff, "total salary by dept code").x()).isEqualTo("DEPT_CD");
    }

    @Test
    void a_month_column_of_one_to_twelve_is_a_grouping_and_an_abbreviated_name_breaks_a_synonym_tie() {
        ChartSpec months = ask("library", "loans per checkout mth");
        assertThat(months.chartType()).isIn("bar", "line");
        assertThat(months.x()).isEqualTo("Checkout Mth");
        assertThat(ask("shipments", "average volume by carrier").y()).containsExactly("Vol (m3)");
    }

    @Test
    void a_condition_in_parentheses_is_what_the_words_before_it_describe() {
        ChartSpec disease = ask("heart", "how many patients have high blood sugar (fbs = 1)?");
        assertThat(disease.chartType()).isEqualTo("kpi");
        assertThat(disease.filters()).anyMatch(f -> f.column().equals("fbs"));
        ChartSpec draws = ask("matches", "how many games were draws (FTR = D)?");
        assertThat(draws.chartType()).isEqualTo("kpi");
        assertThat(draws.filters()).anyMatch(f -> f.column().equals("FTR") && "D".equals(f.value()));
    }

    @Test
    void a_measure_named_instead_of_the_one_shown_takes_its_place() {
        ChartSpec tips = ask("tips", "average tip by day", "use total_bill instead of tip");
        assertThat(tips.chartType()).isEqualTo("bar");
        assertThat(tips.x()).isEqualTo("day");
        assertThat(tips.y()).containsExactly("total_bill");
        assertThat(tips.aggregation()).isEqualTo("mean");
        ChartSpec sales = ask("sales", "total sales by region", "show profit instead of sales");
        assertThat(sales.x()).isEqualTo("Region");
        assertThat(sales.y()).containsExactly("Profit");
    }

    @Test
    void an_adjective_in_y_names_the_value_it_comes_from() {
        assertThat(ask("weather", "average wind on rainy days").filters())
                .anyMatch(f -> f.column().equals("weather") && "rain".equals(f.value()));
        DatasetSchema trips = Schemas.of(
                2000,
                Schemas.category("Conditions", "Snow", "Fog", "Clear"),
                Schemas.number("Delay (min)", "0", "300"));
        assertThat(ask(trips, "average delay when foggy").filters())
                .anyMatch(f -> f.column().equals("Conditions") && "Fog".equals(f.value()));
    }

    @Test
    void a_known_two_letter_abbreviation_is_read_and_a_one_word_abbreviation_beats_a_synonym() {
        assertThat(ask("timesheets", "average overtime hours by shift").y()).containsExactly("OT Hrs");
        DatasetSchema staff = Schemas.of(
                900,
                Schemas.category("Team", "A", "B"),
                Schemas.number("OT Hours", "0", "30"),
                Schemas.number("Total Hours", "0", "60"));
        assertThat(ask(staff, "overtime hours by team").y()).containsExactly("OT Hours");
        assertThat(ask("inspections", "average score by borough").x()).isEqualTo("BORO");
        DatasetSchema depots = Schemas.of(
                900,
                Schemas.category("DEPT", "Sales", "Ops"),
                Schemas.category("Division", "East", "West"),
                Schemas.money("Spend"));
        assertThat(ask(depots, "spend by department").x()).isEqualTo("DEPT");
    }

    @Test
    void a_period_adverb_picks_the_date_named_for_that_period() {
        assertThat(ask("timesheets", "weekly net pay trend").x()).isEqualTo("Week Ending");
        DatasetSchema sales = Schemas.of(
                5000,
                Schemas.date("Created At", "2023-01-01", "2024-12-31"),
                Schemas.date("Month Start", "2023-01-01", "2024-12-01"),
                Schemas.money("Revenue"));
        assertThat(ask(sales, "monthly revenue trend").x()).isEqualTo("Month Start");
    }

    @Test
    void records_after_a_partial_name_are_the_rows_and_with_vs_without_compares() {
        ChartSpec graded = ask("inspections", "how many inspection records have grade B");
        assertThat(graded.aggregation()).isEqualTo("count");
        assertThat(PlannerCases.columnsUsed(graded)).containsExactly("GRADE");
        assertThat(ask("apps", "average price by category, apps with ad support vs without")
                        .series())
                .isEqualTo("Ad Supported (Y/N)");
        DatasetSchema members = Schemas.of(
                3000,
                Schemas.integer("Member ID", 3000, "1", "3000"),
                Schemas.category("Plan", "Basic", "Premium"),
                Schemas.category("Coaching (Y/N)", "Y", "N"),
                Schemas.number("Visits per Month", "0", "30"));
        assertThat(ask(members, "average visits per month by plan, members with coaching vs without")
                        .series())
                .isEqualTo("Coaching (Y/N)");
    }
}
