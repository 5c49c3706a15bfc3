package io.datasage.chat.service;

import io.datasage.charts.ChartEngine;
import io.datasage.charts.ChartResult;
import io.datasage.charts.Dataset;
import io.datasage.charts.explain.ChartExplainer;
import io.datasage.charts.explain.Explanation;
import io.datasage.charts.explain.SourceFile;
import io.datasage.platform.datasets.DatasetInfo;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Shows how a reply's chart was computed: the spec in one sentence and the equivalent DuckDB SQL over the file the
 * user uploaded (generated, never executed). A chart that cannot be explained still gets its reply, without them.
 */
@ApplicationScoped
public class ExplanationService {

    private final ChartExplainer explainer;

    public ExplanationService(ChartEngine engine) {
        this.explainer = new ChartExplainer(engine.options());
    }

    /** The explanation of {@code chart}, or null when there is no chart or it cannot be explained. */
    Explanation explain(ChartResult chart, Dataset data, DatasetInfo dataset) {
        if (chart == null) {
            return null;
        }
        try {
            SourceFile source = new SourceFile(dataset.originalFilename(), dataset.format(), dataset.delimiter());
            return explainer.explain(chart, data.columns(), source);
        } catch (Exception e) {
            Log.warnf(e, "No explanation for the chart %s", chart.spec());
            return null;
        }
    }
}
