package io.datasage.ai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;
import io.datasage.charts.SpecValidator;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer object in its forms, mapped to a spec that the validator then checks against the real columns. */
class AnswerReaderTest {

    private static final List<ColumnInfo> COLUMNS = List.of(
            ColumnInfo.of("region", ColumnType.CATEGORY),
            ColumnInfo.of("revenue", ColumnType.DECIMAL),
            ColumnInfo.of("Order Date", ColumnType.DATE));

    @Test
    void theSeedsChartConfigWithColumnsIsAccepted() throws Exception {
        LlmAnswer a = read("{\"response_text\": \"Revenue by region.\", \"chart_config\": {\"chart_type\": \"bar\", "
                + "\"columns\": [\"Region\", \"Revenue \"], \"aggregation\": \"sum\"}, \"confidence\": \"High\"}");

        ChartSpec valid = new SpecValidator().validate(a.spec(), COLUMNS);

        assertThat(valid.x()).isEqualTo("region");
        assertThat(valid.y()).as("'Revenue ' maps to the real column").containsExactly("revenue");
        assertThat(a.responseText()).isEqualTo("Revenue by region.");
        assertThat(a.confidence()).isEqualTo("High");
    }

    @Test
    void aBareSpecASingleYAndTheTypeAliasAreAccepted() throws Exception {
        LlmAnswer a = read(
                "{\"type\": \"line\", \"x\": \"order_date\", \"y\": \"revenue\", \"time_grain\": \"month\", \"title\": \"Call 555-0100 now\"}");

        ChartSpec valid = new SpecValidator().validate(a.spec(), COLUMNS);

        assertThat(valid.chartType()).isEqualTo("line");
        assertThat(valid.x()).isEqualTo("Order Date");
        assertThat(valid.y()).containsExactly("revenue");
        assertThat(a.spec().title())
                .as("the engine titles the chart, not the model")
                .isNull();
        assertThat(a.confidence()).isNull();
    }

    @Test
    void confidenceWordsAndNumbersAreRead() throws Exception {
        assertThat(read("{\"chart_type\": \"bar\", \"confidence\": 0.93}").confidence())
                .isEqualTo("High");
        assertThat(read("{\"chart_type\": \"bar\", \"confidence\": \"moderate\"}")
                        .confidence())
                .isEqualTo("Medium");
        assertThat(read("{\"chart_type\": \"bar\", \"confidence\": 30}").confidence())
                .isEqualTo("Low");
        assertThat(read("{\"chart_type\": \"bar\", \"confidence\": \"certain!!\"}")
                        .confidence())
                .isNull();
    }

    @Test
    void whatCannotBeReadIsExplainedForTheModel() {
        assertThatThrownBy(() -> read("{\"response_text\": \"Here you go\"}"))
                .hasMessageContaining("chart_spec is missing");
        assertThatThrownBy(() -> read("{\"chart_spec\": {\"x\": \"region\"}}"))
                .hasMessageContaining("chart_type is missing");
        assertThatThrownBy(() -> read("{\"chart_spec\": {\"chart_type\": \"bar\", \"y\": {\"col\": \"revenue\"}}}"))
                .hasMessageContaining("y a list of column names");
    }

    private static LlmAnswer read(String json) throws InvalidAnswerException {
        return AnswerReader.read(LenientJson.parse(json).node());
    }
}
