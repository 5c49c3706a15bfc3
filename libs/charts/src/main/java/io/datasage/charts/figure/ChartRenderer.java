package io.datasage.charts.figure;

import io.datasage.charts.ChartResult;
import io.datasage.charts.spec.ChartType;

/** Draws one kind of chart from a render context. */
public interface ChartRenderer {

    ChartResult render(RenderContext ctx);

    /** The renderer of a chart type. */
    static ChartRenderer of(ChartType type) {
        switch (type) {
            case PIE:
                return new PieChart();
            case SCATTER:
                return new ScatterChart();
            case HISTOGRAM:
                return new HistogramChart();
            case HEATMAP:
                return new HeatmapChart();
            case BOX:
                return new BoxChart();
            case KPI:
                return new KpiChart();
            case TABLE:
                return new TableChart();
            default:
                return new CategoryChart();
        }
    }
}
