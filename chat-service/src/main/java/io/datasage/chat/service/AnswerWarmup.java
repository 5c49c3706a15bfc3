package io.datasage.chat.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.ai.planner.OfflinePlanner;
import io.datasage.ai.planner.Plan;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.charts.ArrowDatasets;
import io.datasage.charts.ChartEngine;
import io.datasage.charts.ChartResult;
import io.datasage.charts.ChartSpecException;
import io.datasage.charts.Dataset;
import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.WarmupSample;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.warmup.WarmupTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Answers the usual questions about a built-in sample with the offline planner and the chart engine as the
 * service starts, down to the reply JSON (never an LLM: warm-up must not spend anyone's tokens).
 */
@ApplicationScoped
public class AnswerWarmup implements WarmupTask {

    private static final int ROWS = 20_000;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final String[] QUESTIONS = {
        "total sales by region", "monthly sales trend", "top 10 customers by profit", "average profit by segment",
        "distribution of sales", "profit vs sales", "share of sales by category", "how many orders in 2023?",
        "sales by region and segment", "what is the average profit?"
    };

    private final ChartEngine engine;
    private final ObjectMapper mapper;
    private WarmupSample sample;
    private DatasetInfo dataset;

    public AnswerWarmup(ChartEngine engine, ObjectMapper mapper) {
        this.engine = engine;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "questions";
    }

    @Override
    public void round() throws IOException, IngestException {
        if (sample == null) {
            sample = WarmupSample.ingest(ROWS);
            IngestResult ingested = sample.result();
            dataset = new DatasetInfo(
                    "warmup",
                    "Sample sales",
                    null,
                    "READY",
                    1,
                    ingested.profile().rows(),
                    ingested.columnNames().size(),
                    null,
                    List.of(),
                    null,
                    mapper.convertValue(ingested.profile(), MAP),
                    "sample.csv",
                    "CSV");
        }
        OfflinePlanner planner = new OfflinePlanner();
        try (ArrowDatasets files = new ArrowDatasets(64L << 20);
                Dataset data = files.open(sample.arrow())) {
            DatasetSchema schema = SchemaMapper.from(dataset, data);
            for (String question : QUESTIONS) {
                Plan plan = planner.plan(question, schema, null);
                if (plan.spec() == null) {
                    continue;
                }
                try {
                    ChartResult result = engine.render(data, plan.spec());
                    ChatReply reply = new ChatReply(
                            ReplyWriter.write(result, plan.notes()),
                            result.spec(),
                            result.figure(),
                            "High",
                            "planner",
                            "warmup",
                            "warmup",
                            result.summary(),
                            result.rows(),
                            null,
                            null,
                            List.of());
                    mapper.readValue(mapper.writeValueAsString(reply), Map.class);
                } catch (ChartSpecException e) {
                    // A question the sample cannot answer still warmed the planner.
                }
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
