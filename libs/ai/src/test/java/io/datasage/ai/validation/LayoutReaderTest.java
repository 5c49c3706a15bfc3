package io.datasage.ai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A layout proposal read as tiles, and what no dashboard should hold refused with a message for the model. */
class LayoutReaderTest {

    private static final String KPI = "{\"title\": \"Total Sales\", \"span\": 1, \"spec\": {\"chart_type\": \"kpi\","
            + " \"y\": [\"Sales\"], \"aggregation\": \"sum\"}}";
    private static final String BAR = "{\"title\": \"Sales by Region\", \"spec\": {\"chart_type\": \"bar\", \"x\":"
            + " \"Region\", \"y\": [\"Sales\"], \"title\": \"ignored\"}}";

    @Test
    void aLayoutIsReadWithItsTilesPatternAndBareSpecs() throws Exception {
        ProposedLayout p = read("{\"title\": \"Sales\", \"pattern\": \"Executive\", \"rationale\": \"Money first.\","
                + " \"tiles\": [" + KPI + ", " + BAR + ", {\"chart_type\": \"line\", \"x\": \"Order Date\", \"y\":"
                + " [\"Sales\"]}]}");

        assertThat(p.pattern()).isEqualTo("executive");
        assertThat(p.rationale()).isEqualTo("Money first.");
        assertThat(p.tiles())
                .extracting(ProposedLayout.Tile::title)
                .containsExactly("Total Sales", "Sales by Region", null);
        assertThat(p.tiles().get(0).span()).isEqualTo(1);
        assertThat(p.tiles().get(1).spec().title())
                .as("the engine titles charts")
                .isNull();
        assertThat(p.tiles().get(2).spec().chartType()).isEqualTo("line");
    }

    @Test
    void aLayoutWithoutTitlePatternOrRationaleIsReadWithNoneOfThem() throws Exception {
        ProposedLayout p = read("{\"components\": [" + KPI + ", " + BAR + ", " + BAR + "]}");

        assertThat(p.title()).isNull();
        assertThat(p.pattern()).isNull();
        assertThat(p.rationale()).isNull();
        assertThat(p.tiles()).hasSize(3);
    }

    @Test
    void tooManyTilesKpisOrHugeLimitsAreRefusedWithWhatWouldWork() {
        assertThatThrownBy(() -> read("{\"components\": [" + (KPI + ",").repeat(499) + KPI + "]}"))
                .hasMessageContaining("3 to 12 tiles; you proposed 500");
        assertThatThrownBy(() -> read(
                        "{\"components\": [" + KPI + "," + KPI + "," + KPI + "," + KPI + "," + KPI + "," + BAR + "]}"))
                .hasMessageContaining("5 KPIs; keep at most 4");
        assertThatThrownBy(() -> read("{\"components\": [" + KPI + "," + KPI + "," + KPI + "]}"))
                .hasMessageContaining("no chart");
        assertThatThrownBy(() -> read("{\"components\": [" + KPI + "," + BAR + ", {\"spec\": {\"chart_type\": \"bar\","
                        + " \"x\": \"Region\", \"limit\": 1000000000}}]}"))
                .hasMessageContaining("components[2].spec.limit is 1000000000; a dashboard tile takes 1 to 50");
        assertThatThrownBy(() -> read("{\"components\": [" + KPI + "," + BAR + ", {\"title\": \"x\"}]}"))
                .hasMessageContaining("components[2].spec is missing");
        assertThatThrownBy(() -> read("{\"title\": \"no tiles\"}")).hasMessageContaining("components is missing");
    }

    private static ProposedLayout read(String json) throws InvalidAnswerException {
        return LayoutReader.read(LenientJson.parse(json).node());
    }
}
