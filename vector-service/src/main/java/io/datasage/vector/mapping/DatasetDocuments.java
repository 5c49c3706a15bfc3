package io.datasage.vector.mapping;

import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.DatasetReady.ColumnSummary;
import io.datasage.vector.DocumentKind;
import io.datasage.vector.matching.NameNormalizer;
import io.datasage.vector.matching.Synonyms;
import io.datasage.vector.repository.VectorDocumentEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@code dataset.ready} event into the texts that are embedded: one for the dataset, one per column. */
public final class DatasetDocuments {

    // The model reads 256 word pieces per window; a few dozen column names already fill it.
    static final int MAX_COLUMNS_IN_SUMMARY = 50;
    static final int SAMPLES_PER_COLUMN = 3;
    static final int MAX_SAMPLE_CHARS = 40;

    private DatasetDocuments() {}

    /** The dataset's documents, without vectors. */
    public static List<VectorDocumentEntity> from(DatasetReady ready, Instant now) {
        List<ColumnSummary> columns = ready.columns() == null ? List.of() : ready.columns();
        String name = displayName(ready);
        List<VectorDocumentEntity> docs = new ArrayList<>(columns.size() + 1);
        docs.add(datasetDocument(ready, name, columns, now));
        for (int i = 0; i < columns.size(); i++) {
            ColumnSummary column = columns.get(i);
            if (column != null && column.name() != null) {
                docs.add(columnDocument(ready, name, column, i, now));
            }
        }
        return docs;
    }

    /** Id of the dataset document. */
    public static String datasetDocumentId(String ownerId, String datasetId) {
        return ownerId + ":" + datasetId + ":dataset";
    }

    /** A column name in words, with its abbreviations spelled out: "mpg" gives "mpg (miles per gallon)". */
    public static String describeName(String name) {
        List<String> words = NameNormalizer.words(name);
        StringBuilder text = new StringBuilder(words.isEmpty() ? name.strip() : String.join(" ", words));
        List<String> expansions =
                words.stream().map(Synonyms::expansion).filter(e -> e != null).toList();
        if (!expansions.isEmpty()) {
            text.append(" (").append(String.join(", ", expansions)).append(')');
        }
        return text.toString();
    }

    private static VectorDocumentEntity datasetDocument(
            DatasetReady ready, String name, List<ColumnSummary> columns, Instant now) {
        StringBuilder text = new StringBuilder("Dataset \"").append(name).append('"');
        if (ready.description() != null && !ready.description().isBlank()) {
            text.append(": ").append(ready.description().strip());
        }
        List<String> described = columns.stream()
                .filter(c -> c != null && c.name() != null)
                .limit(MAX_COLUMNS_IN_SUMMARY)
                .map(c -> describeName(c.name()) + (c.type() == null ? "" : " [" + c.type() + "]"))
                .toList();
        if (!described.isEmpty()) {
            text.append(". Columns: ").append(String.join(", ", described));
        }
        if (ready.domainHints() != null && !ready.domainHints().isEmpty()) {
            text.append(". Topics: ").append(String.join(", ", ready.domainHints()));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("name", name);
        payload.put("description", ready.description());
        payload.put(
                "columns",
                columns.stream()
                        .filter(c -> c != null && c.name() != null)
                        .map(ColumnSummary::name)
                        .toList());
        payload.put("row_count", ready.rowCount());
        payload.put("version", ready.version());
        return entity(
                datasetDocumentId(ready.ownerId(), ready.datasetId()),
                DocumentKind.DATASET,
                ready,
                text.toString(),
                payload,
                now);
    }

    private static VectorDocumentEntity columnDocument(
            DatasetReady ready, String datasetName, ColumnSummary column, int position, Instant now) {
        StringBuilder text = new StringBuilder(describeName(column.name()));
        if (column.type() != null) {
            text.append(", ").append(column.type());
        }
        text.append(", column of dataset \"").append(datasetName).append('"');
        List<String> samples = samples(column);
        if (!samples.isEmpty()) {
            text.append("; e.g. ").append(String.join(", ", samples));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("name", column.name());
        payload.put("type", column.type());
        payload.put("position", position);
        payload.put("samples", samples);
        String id = ready.ownerId() + ":" + ready.datasetId() + ":column:" + position;
        return entity(id, DocumentKind.COLUMN, ready, text.toString(), payload, now);
    }

    private static List<String> samples(ColumnSummary column) {
        if (column.samples() == null) {
            return List.of();
        }
        return column.samples().stream()
                .filter(s -> s != null && !s.isBlank())
                .limit(SAMPLES_PER_COLUMN)
                .map(s -> s.length() > MAX_SAMPLE_CHARS ? s.substring(0, MAX_SAMPLE_CHARS) : s)
                .toList();
    }

    private static String displayName(DatasetReady ready) {
        return ready.name() == null || ready.name().isBlank()
                ? ready.datasetId()
                : ready.name().strip();
    }

    private static VectorDocumentEntity entity(
            String id, DocumentKind kind, DatasetReady ready, String text, Map<String, Object> payload, Instant now) {
        VectorDocumentEntity e = new VectorDocumentEntity();
        e.id = id;
        e.kind = kind.value();
        e.ownerId = ready.ownerId();
        e.datasetId = ready.datasetId();
        e.text = text;
        e.payload = payload;
        e.createdAt = now;
        return e;
    }
}
