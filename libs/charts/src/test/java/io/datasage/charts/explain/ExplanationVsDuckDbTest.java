package io.datasage.charts.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.charts.ChartEngine;
import io.datasage.charts.ChartOptions;
import io.datasage.charts.ChartResult;
import io.datasage.charts.explain.ExplainFixtures.Fixture;
import io.datasage.contracts.chart.ChartSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated SQL, run by DuckDB against the original CSV files, gives the chart's numbers: every chart type,
 * aggregation, time grain, filter op, sort and limit, over files with currency signs, percentages, US and European
 * dates, yes/no flags, empty cells and quotes in names and values. A number that differs fails.
 */
class ExplanationVsDuckDbTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ChartOptions OPTIONS = ChartOptions.defaults();
    private static final ChartEngine ENGINE = new ChartEngine(OPTIONS);
    private static Path dir;
    private static Connection duck;
    private static Fixture orders;
    private static Fixture cars;
    private static Fixture european;

    @BeforeAll
    static void load() throws Exception {
        dir = Files.createTempDirectory("explain-duckdb");
        orders = ExplainFixtures.orders(dir);
        cars = ExplainFixtures.cars(dir);
        european = ExplainFixtures.european(dir);
        duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = duck.createStatement()) {
            // The SQL names files as users know them; DuckDB looks for them here.
            statement.execute("SET file_search_path = " + Sql.text(dir.toString()));
        }
    }

    @AfterAll
    static void close() throws Exception {
        for (Fixture fixture : new Fixture[] {orders, cars, european}) {
            ExplainFixtures.close(fixture);
        }
        duck.close();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(file -> file.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }

    @TestFactory
    Stream<DynamicTest> ordersCharts() {
        return tests(
                () -> orders,
                // grouped bars: every aggregation, sort and limit
                "{'chart_type':'bar','x':'Region','y':['Sales']}",
                "{'chart_type':'bar','x':'Region','y':['Sales'],'aggregation':'mean','sort':{'by':'y','order':'desc'},"
                        + "'limit':3}",
                "{'chart_type':'bar','x':'Segment'}",
                "{'chart_type':'bar','x':'Region','y':['Quantity'],'aggregation':'count'}",
                "{'chart_type':'bar','x':'Region','y':['Customer'],'aggregation':'count_distinct'}",
                "{'chart_type':'bar','x':'Segment','y':['Profit'],'aggregation':'median','sort':{'by':'y','order':"
                        + "'asc'}}",
                "{'chart_type':'bar','x':'Region','y':['Order Date'],'aggregation':'min'}",
                "{'chart_type':'bar','x':'Rating','y':['Profit'],'aggregation':'max'}",
                "{'chart_type':'bar','x':'Segment','y':['Returned'],'aggregation':'sum'}",
                "{'chart_type':'bar','x':'Segment','y':['Returned'],'aggregation':'mean'}",
                "{'chart_type':'bar','x':'Region','y':['Sales','Quantity'],'aggregation':'mean'}",
                "{'chart_type':'bar','x':'Region','y':['Sales'],'sort':{'by':'x','order':'desc'},'limit':2}",
                // time
                "{'chart_type':'line','x':'Order Date','y':['Sales'],'time_grain':'month'}",
                "{'chart_type':'line','x':'Order Date','y':['Sales']}",
                "{'chart_type':'line','x':'Order Date','y':['Sales'],'time_grain':'week','filters':[{'column':"
                        + "'Order Date','op':'between','value':['2022-01','2022-03']}]}",
                "{'chart_type':'line','x':'Order Date','y':['Sales'],'time_grain':'day','filters':[{'column':"
                        + "'Order Date','op':'=','value':'2022-02'}]}",
                "{'chart_type':'line','x':'Order Date','y':['Sales'],'series':'Region','time_grain':'quarter'}",
                "{'chart_type':'area','x':'Ship Time','y':['Quantity'],'time_grain':'year'}",
                "{'chart_type':'line','x':'Order Date','y':['Sales'],'time_grain':'month','sort':{'by':'y','order':"
                        + "'desc'},'limit':5}",
                "{'chart_type':'bar','x':'Ship Time','time_grain':'month','filters':[{'column':'Ship Time','op':"
                        + "'>=','value':'2023-06-15T12:00:00'}]}",
                // series
                "{'chart_type':'stacked_bar','x':'Region','y':['Sales'],'series':'Segment'}",
                "{'chart_type':'grouped_bar','x':'Segment','y':['Profit'],'series':'Region','aggregation':'mean',"
                        + "'sort':{'by':'y','order':'desc'},'limit':2}",
                "{'chart_type':'bar','x':'Region','y':['Sales'],'series':'Segment','sort':{'by':'x','order':'desc'}}",
                "{'chart_type':'line','x':'Order Date','series':'Segment','time_grain':'year','sort':{'by':'y',"
                        + "'order':'desc'},'limit':2}",
                "{'chart_type':'table','x':'Region','y':['Sales'],'series':'Returned','aggregation':'sum'}",
                // pie
                "{'chart_type':'pie','x':'Region','y':['Sales']}",
                "{'chart_type':'pie','x':'Customer'}",
                "{'chart_type':'pie','x':'Rating','y':['Sales'],'limit':3}",
                // distributions
                "{'chart_type':'histogram','x':'Sales'}",
                "{'chart_type':'histogram','x':'Quantity','bins':5}",
                "{'chart_type':'histogram','x':'Order Date'}",
                "{'chart_type':'histogram','x':'Profit','bins':7}",
                "{'chart_type':'histogram','x':'Ship Time'}",
                "{'chart_type':'histogram','x':'Profit','filters':[{'column':'Region','op':'=','value':'west'}]}",
                "{'chart_type':'box','y':['Profit']}",
                "{'chart_type':'box','x':'Region','y':['Profit']}",
                "{'chart_type':'box','x':'Segment','y':['Sales','Profit'],'sort':{'by':'y','order':'desc'},'limit':2}",
                "{'chart_type':'box','x':'Order Date','y':['Profit'],'time_grain':'year'}",
                "{'chart_type':'scatter','x':'Sales','y':['Profit'],'series':'Region'}",
                "{'chart_type':'scatter','x':'Order Date','y':['Sales','Profit']}",
                "{'chart_type':'heatmap','y':['Sales','Profit','Quantity','Rating']}",
                "{'chart_type':'heatmap','x':'Region','y':['Sales'],'series':'Segment'}",
                "{'chart_type':'heatmap','x':'Order Date','series':'Region','time_grain':'month','aggregation':"
                        + "'count'}",
                // kpi and tables
                "{'chart_type':'kpi','y':['Sales']}",
                "{'chart_type':'kpi','y':['Profit'],'aggregation':'mean','filters':[{'column':'Returned','op':'=',"
                        + "'value':true}]}",
                "{'chart_type':'kpi','filters':[{'column':'Region','op':'in','value':['west','EAST']}]}",
                "{'chart_type':'kpi','y':['Customer'],'aggregation':'count_distinct','filters':[{'column':"
                        + "'Customer','op':'contains','value':'12'}]}",
                "{'chart_type':'kpi','y':['Sales'],'aggregation':'median'}",
                "{'chart_type':'kpi','x':'Order Date','y':['Sales'],'time_grain':'month'}",
                "{'chart_type':'kpi','x':'Order Date','y':['Profit'],'aggregation':'mean','filters':[{'column':"
                        + "'Region','op':'=','value':'West'}]}",
                "{'chart_type':'table','x':'Region','y':['Sales','Quantity'],'aggregation':'mean'}",
                "{'chart_type':'table','x':'Customer','y':['Sales','Profit'],'filters':[{'column':'Sales','op':'>',"
                        + "'value':1000}],'sort':{'by':'y','order':'desc'},'limit':20}",
                "{'chart_type':'table','y':['Customer','Region','Quantity'],'limit':15,'filters':[{'column':"
                        + "'Region','op':'!=','value':'West'}]}",
                // every filter op on every kind of column
                bar("{'column':'Quantity','op':'>','value':2.5},{'column':'Quantity','op':'<=','value':'10'}"),
                bar("{'column':'Quantity','op':'=','value':4},{'column':'Rating','op':'in','value':[1,5]}"),
                bar(
                        "{'column':'Profit','op':'between','value':[10,-10]},{'column':'Discount','op':'>=','value':'10%'}"),
                bar("{'column':'Sales','op':'<','value':'$500'},{'column':'Order Date','op':'=','value':'2022-Q2'}"),
                bar("{'column':'Order Date','op':'!=','value':'2023'},{'column':'Order Date','op':'>','value':"
                        + "'2021-06'},{'column':'Region','op':'!=','value':'south'}"),
                bar("{'column':'Order Date','op':'<','value':'2021-03-15'}"),
                bar("{'column':'Order Date','op':'<=','value':'2021-03-15'},{'column':'Segment','op':'>','value':'D'}"),
                bar("{'column':'Order Date','op':'in','value':['2021','2023-02']},{'column':'Returned','op':'!=',"
                        + "'value':true}"),
                bar("{'column':'Order Date','op':'!=','value':'2022-07-04'},{'column':'Ship Time','op':'<','value':"
                        + "'2022-05-01 08:30'},{'column':'Customer','op':'between','value':['Customer 120',"
                        + "'Customer 130']},{'column':'Returned','op':'in','value':['yes','no']}"));
    }

    @TestFactory
    Stream<DynamicTest> carsWithQuotesInNamesAndValues() {
        return tests(
                () -> cars,
                "{'chart_type':'bar','x':'Make','y':['Price ($)'],'aggregation':'mean','filters':[{'column':"
                        + "'Transmission','op':'=','value':'automatic'}],'sort':{'by':'y','order':'desc'},'limit':10}",
                "{'chart_type':'bar','x':'Make','filters':[{'column':'Make','op':'=','value':\"O'Neil\"}]}",
                "{'chart_type':'kpi','filters':[{'column':'Make','op':'in','value':[\"x'); DROP TABLE t; --\","
                        + "\"o'neil\"]}]}",
                "{'chart_type':'bar','x':'Model \"trim\"','y':['Mileage'],'aggregation':'max'}",
                "{'chart_type':'table','x':'Make','y':['Model \"trim\"','Price ($)'],'sort':{'by':'y','order':"
                        + "'asc'},'limit':5,'filters':[{'column':'Model \"trim\"','op':'contains','value':'\"s\"'}]}",
                "{'chart_type':'scatter','x':'Mileage','y':['Price ($)'],'series':'Transmission'}",
                "{'chart_type':'pie','x':'Make','y':['Price ($)']}",
                "{'chart_type':'histogram','x':'Year','bins':4}");
    }

    @TestFactory
    Stream<DynamicTest> europeanFile() {
        return tests(
                () -> european,
                "{'chart_type':'line','x':'Datum','y':['Umsatz'],'time_grain':'month'}",
                "{'chart_type':'bar','x':'Filiale','y':['Umsatz'],'aggregation':'mean'}",
                "{'chart_type':'histogram','x':'Geburtstag'}",
                "{'chart_type':'kpi','y':['Geburtstag'],'aggregation':'min'}",
                "{'chart_type':'bar','x':'Geburtstag','time_grain':'year','filters':[{'column':'Geburtstag','op':'<',"
                        + "'value':'1960'}]}",
                "{'chart_type':'box','x':'Filiale','y':['Umsatz','Menge']}",
                "{'chart_type':'heatmap','y':['Umsatz','Menge']}");
    }

    @TestFactory
    Stream<DynamicTest> sampledScatter() {
        ChartEngine small = new ChartEngine(OPTIONS.withScatterMaxPoints(300));
        return Stream.of(DynamicTest.dynamicTest("scatter above the point cap", () -> {
            ChartSpec spec = spec("{'chart_type':'scatter','x':'Sales','y':['Profit']}");
            ChartResult result = small.render(orders.data(), spec);
            Explanation explanation = new ChartExplainer(small.options())
                    .explain(result, orders.data().columns(), source(orders));
            List<Map<String, Object>> rows = SqlRows.run(duck, explanation.sql());
            assertThat(result.stats().sampled()).isTrue();
            assertThat(explanation.sql()).contains("USING SAMPLE reservoir(300 ROWS)");
            assertThat(rows).hasSize(300);
            assertThat(explanation.text()).contains("a sample of the");
        }));
    }

    @TestFactory
    Stream<DynamicTest> sentences() {
        return Stream.of(
                sentence(
                        cars,
                        "{'chart_type':'bar','x':'Make','y':['Price ($)'],'aggregation':'mean','filters':"
                                + "[{'column':'Transmission','op':'=','value':'Automatic'}],'sort':{'by':'y',"
                                + "'order':'desc'},'limit':10}",
                        "Average Price ($) per Make, only Transmission = Automatic, highest 10 first"),
                sentence(
                        orders,
                        "{'chart_type':'line','x':'Order Date','y':['Sales'],'series':'Region',"
                                + "'time_grain':'quarter','filters':[{'column':'Order Date','op':'>=',"
                                + "'value':'2022'}]}",
                        "Total Sales per quarter of Order Date, split by Region, only Order Date from 2022"),
                sentence(
                        orders,
                        "{'chart_type':'bar','x':'Segment','y':['Customer'],'aggregation':"
                                + "'count_distinct','filters':[{'column':'Region','op':'in','value':"
                                + "['West','East']}]}",
                        "Number of distinct Customer values per Segment, only Region is West or East,"
                                + " highest first"),
                sentence(
                        orders,
                        "{'chart_type':'histogram','x':'Quantity','bins':5}",
                        "Number of rows per Quantity bin (5 bins of 3 from 1 to 16)"),
                sentence(
                        orders,
                        "{'chart_type':'pie','x':'Region'}",
                        "Share of rows per Region, largest first; with more than 8 slices, the 7"
                                + " largest and the rest as Other"),
                sentence(
                        orders,
                        "{'chart_type':'kpi','y':['Profit'],'aggregation':'median','filters':[{'column':"
                                + "'Order Date','op':'between','value':['2021-Q1','2021-Q2']}]}",
                        "Median Profit, only Order Date from 2021-Q1 through 2021-Q2"),
                sentence(
                        orders,
                        "{'chart_type':'scatter','x':'Sales','y':['Profit'],'series':'Segment'}",
                        "Profit against Sales, one point per row, coloured by Segment"),
                sentence(
                        orders,
                        "{'chart_type':'box','x':'Region','y':['Profit']}",
                        "Spread of Profit (median, quartiles, whiskers at 1.5 × IQR) per Region, A to Z"),
                sentence(
                        orders,
                        "{'chart_type':'box','x':'Segment','y':['Sales','Profit'],'sort':{'by':'y','order':'desc'},"
                                + "'limit':2}",
                        "Spread of Sales and Profit (median, quartiles, whiskers at 1.5 × IQR) per Segment, by median,"
                                + " highest 2 first"));
    }

    private static DynamicTest sentence(Fixture fixture, String json, String expected) {
        return DynamicTest.dynamicTest(expected, () -> {
            ChartResult result = ENGINE.render(fixture.data(), spec(json));
            assertThat(new ChartExplainer(OPTIONS)
                            .explain(result, fixture.data().columns(), source(fixture))
                            .text())
                    .isEqualTo(expected);
        });
    }

    private static String bar(String filters) {
        return "{'chart_type':'bar','x':'Region','y':['Sales'],'filters':[" + filters + "]}";
    }

    private static Stream<DynamicTest> tests(java.util.function.Supplier<Fixture> fixture, String... specs) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String json : specs) {
            tests.add(DynamicTest.dynamicTest(json, () -> check(fixture.get(), spec(json))));
        }
        return tests.stream();
    }

    private static void check(Fixture fixture, ChartSpec spec) throws Exception {
        ChartResult result = ENGINE.render(fixture.data(), spec);
        Explanation explanation =
                new ChartExplainer(OPTIONS).explain(result, fixture.data().columns(), source(fixture));
        String context = explanation.text() + "\n" + explanation.sql() + "\nengine rows "
                + result.rows().stream().limit(6).toList();
        assertThat(explanation.text()).as(context).isNotBlank();
        List<Map<String, Object>> sql = SqlRows.run(duck, explanation.sql());
        List<Map<String, Object>> engine = result.rows();
        if (result.rows().size() < OPTIONS.maxRowsReturned()) {
            assertThat(sql)
                    .as("row count\n" + context + "\nsql rows "
                            + sql.stream().limit(6).toList())
                    .hasSize(engine.size());
        }
        assertThat(engine).as(context).isNotEmpty();
        for (int i = 0; i < engine.size(); i++) {
            Map<String, Object> want = engine.get(i);
            Map<String, Object> got = sql.get(i);
            for (Map.Entry<String, Object> cell : got.entrySet()) {
                assertThat(want)
                        .as("column " + cell.getKey() + " of row " + i + "\n" + context)
                        .containsKey(cell.getKey());
                Object expected = want.get(cell.getKey());
                assertThat(SqlRows.same(expected, cell.getValue()))
                        .as("row " + i + " " + cell.getKey() + ": engine " + expected + ", DuckDB " + cell.getValue()
                                + "\n" + context)
                        .isTrue();
            }
        }
    }

    private static SourceFile source(Fixture fixture) {
        return new SourceFile(fixture.fileName(), "CSV", fixture.delimiter());
    }

    private static ChartSpec spec(String json) throws Exception {
        // Specs are written with single quotes for readability; values holding a ' use double quotes.
        return JSON.readValue(quotes(json), ChartSpec.class);
    }

    /** JSON with 'single-quoted' strings (holding " as is) and "double-quoted" ones (holding ' as is). */
    private static String quotes(String json) {
        StringBuilder out = new StringBuilder();
        char open = 0;
        for (char c : json.toCharArray()) {
            if (open == 0 && (c == '\'' || c == '"')) {
                open = c;
                out.append('"');
            } else if (c == open) {
                open = 0;
                out.append('"');
            } else if (open == '\'' && c == '"') {
                out.append("\\\"");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
