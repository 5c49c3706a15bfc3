package io.datasage.ingest.pipeline;

import io.datasage.ingest.batch.ColumnConverter;
import io.datasage.ingest.batch.DateConverter;
import io.datasage.ingest.batch.DateShapes;
import io.datasage.ingest.batch.DateTimeConverter;
import io.datasage.ingest.infer.ColumnInference;
import io.datasage.ingest.profile.Profile;
import io.datasage.ingest.profile.SourceInfo;
import io.datasage.ingest.source.SourceDescription;
import io.datasage.ingest.stats.ColumnFacts;
import io.datasage.ingest.stats.DatasetAnalysis;
import io.datasage.ingest.stats.DatasetStats;
import java.util.ArrayList;
import java.util.List;

/** Puts the passes' results together into the {@link Profile}. */
final class ProfileAssembler {

    private ProfileAssembler() {}

    static Profile assemble(
            SourceDescription source, InferenceResult inference, WritePass.Result written, DatasetStats stats) {
        List<ColumnFacts> facts = new ArrayList<>();
        for (ColumnConverter<?> converter : written.converters()) {
            ColumnInference column = inference.columns()[converter.spec().index()];
            facts.add(new ColumnFacts(
                    converter.spec(),
                    converter.nulls(),
                    converter.invalid(),
                    converter.invalidExamples(),
                    column.samples(),
                    shapes(converter)));
        }
        DatasetAnalysis analysis = stats.finish(facts, written.rows(), inference.duplicates());
        return new Profile(
                Profile.VERSION,
                written.rows(),
                facts.size(),
                sourceInfo(source, inference),
                analysis.columnProfiles(),
                analysis.correlations(),
                analysis.outliers(),
                analysis.normality(),
                analysis.trends(),
                analysis.quality(),
                Problems.collect(source, inference, written.converters()),
                analysis.domainHints());
    }

    private static long[] shapes(ColumnConverter<?> converter) {
        DateShapes shapes = null;
        if (converter instanceof DateConverter) {
            shapes = ((DateConverter) converter).shapes();
        } else if (converter instanceof DateTimeConverter) {
            shapes = ((DateTimeConverter) converter).shapes();
        }
        return shapes == null ? null : new long[] {shapes.dominant(), shapes.total()};
    }

    private static SourceInfo sourceInfo(SourceDescription source, InferenceResult inference) {
        boolean text = source.delimiter() != null;
        return new SourceInfo(
                source.format().name(),
                source.encoding(),
                text ? source.fallbackBytes() : null,
                text ? String.valueOf(source.delimiter()) : null,
                inference.layout().hasHeader(),
                source.sheet(),
                text ? null : source.sheets(),
                source.sizeBytes());
    }
}
