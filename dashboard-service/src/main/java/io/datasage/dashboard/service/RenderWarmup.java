package io.datasage.dashboard.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.charts.ArrowDatasets;
import io.datasage.charts.ChartEngine;
import io.datasage.charts.ChartResult;
import io.datasage.charts.ChartSpecException;
import io.datasage.charts.Dataset;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.ingest.IngestException;
import io.datasage.ingest.WarmupSample;
import io.datasage.platform.warmup.WarmupTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders the usual chart shapes over a built-in sample as the service starts, down to the response JSON. */
@ApplicationScoped
public class RenderWarmup implements WarmupTask {

    private static final int ROWS = 20_000;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final String[] SPECS = {
        "{\"chart_type\":\"bar\",\"x\":\"region\",\"y\":[\"sales\"],\"aggregation\":\"sum\"}",
        "{\"chart_type\":\"line\",\"x\":\"order_date\",\"y\":[\"sales\"],\"time_grain\":\"month\"}",
        "{\"chart_type\":\"bar\",\"x\":\"customer\",\"y\":[\"profit\"],\"aggregation\":\"sum\",\"limit\":10,"
                + "\"filters\":[{\"column\":\"region\",\"op\":\"=\",\"value\":\"West\"}]}",
        "{\"chart_type\":\"histogram\",\"x\":\"sales\",\"bins\":20}",
        "{\"chart_type\":\"box\",\"x\":\"segment\",\"y\":[\"profit\"]}",
        "{\"chart_type\":\"pie\",\"x\":\"category\",\"y\":[\"sales\"]}",
        "{\"chart_type\":\"kpi\",\"y\":[\"sales\"],\"aggregation\":\"mean\"}"
    };

    private final ChartEngine engine;
    private final ObjectMapper mapper;
    private final List<ChartSpec> specs = new ArrayList<>();
    private WarmupSample sample;

    public RenderWarmup(ChartEngine engine, ObjectMapper mapper) {
        this.engine = engine;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "chart renders";
    }

    @Override
    public void round() throws IOException, IngestException, ChartSpecException {
        if (sample == null) {
            sample = WarmupSample.ingest(ROWS);
            for (String spec : SPECS) {
                specs.add(mapper.readValue(spec, ChartSpec.class));
            }
        }
        try (ArrowDatasets files = new ArrowDatasets(64L << 20);
                Dataset data = files.open(sample.arrow())) {
            for (ChartSpec spec : specs) {
                ChartResult r = engine.render(data, spec);
                RenderedChart chart = new RenderedChart(
                        r.spec(), r.figure(), r.rows(), r.summary(), mapper.convertValue(r.stats(), MAP), false);
                mapper.readValue(mapper.writeValueAsString(chart), RenderedChart.class);
                SpecHash.of(spec);
            }
        }
    }

    @Override
    public void finish() {
        if (sample != null) {
            sample.close();
        }
    }
}
