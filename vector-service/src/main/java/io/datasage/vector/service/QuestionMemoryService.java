package io.datasage.vector.service;

import io.datasage.platform.problem.ProblemException;
import io.datasage.vector.DocumentKind;
import io.datasage.vector.config.VectorConfig;
import io.datasage.vector.embedding.TextEmbedder;
import io.datasage.vector.index.IndexFilter;
import io.datasage.vector.index.IndexHit;
import io.datasage.vector.index.VectorIndex;
import io.datasage.vector.mapping.IndexEntries;
import io.datasage.vector.mapping.VectorBytes;
import io.datasage.vector.matching.NameNormalizer;
import io.datasage.vector.matching.SchemaSimilarity;
import io.datasage.vector.repository.VectorDocumentEntity;
import io.datasage.vector.repository.VectorDocumentRepository;
import io.datasage.vector.rest.SearchViews.QuestionExample;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Remembers questions that were answered well and recalls the most similar ones as few-shot examples. */
@ApplicationScoped
public class QuestionMemoryService {

    static final int MAX_K = 20;

    private final IndexHolder holder;
    private final TextEmbedder embedder;
    private final VectorDocumentRepository documents;
    private final double similarSchemaMin;

    public QuestionMemoryService(
            IndexHolder holder, TextEmbedder embedder, VectorDocumentRepository documents, VectorConfig config) {
        this.holder = holder;
        this.embedder = embedder;
        this.documents = documents;
        this.similarSchemaMin = config.questions().similarSchemaMin();
    }

    /**
     * Stores a question with the chart spec that answered it, searchable as soon as this returns. Asking the same
     * question about the same dataset again replaces the earlier spec.
     */
    public VectorDocumentEntity remember(
            String ownerId, String datasetId, String question, Map<String, Object> chartSpec) {
        String id = QueryChecks.datasetId(datasetId);
        String text = QueryChecks.query(question, "question");
        if (chartSpec == null || chartSpec.isEmpty()) {
            throw ProblemException.badRequest("Send the validated chart spec as a JSON object in 'chart_spec'.");
        }
        VectorIndex index = holder.forReading();
        documents.findDataset(ownerId, id).orElseThrow(() -> QueryChecks.datasetNotFound(id));
        float[] vector = embedder.embed(text);
        VectorDocumentEntity doc = questionDocument(ownerId, id, text, chartSpec, vector);
        holder.locked(() -> {
            documents.persistOrUpdate(doc);
            // Searchable now, committed by the index maintainer within seconds: a commit per question cost more than
            // the rest of the index work (measured in the benchmark README).
            index.upsertSearchable(List.of(IndexEntries.from(doc, vector)));
        });
        return doc;
    }

    /** A remembered question of the owner, or 404. */
    public VectorDocumentEntity get(String ownerId, String id) {
        return documents
                .findByIdAndOwner(id, ownerId)
                .filter(d -> DocumentKind.QUESTION.value().equals(d.kind))
                .orElseThrow(() -> ProblemException.notFound("No remembered question with id " + id + "."));
    }

    /**
     * The {@code k} past questions most like {@code question}: this dataset's first, then those asked about the
     * owner's datasets whose columns are similar.
     */
    public List<QuestionExample> examples(String ownerId, String datasetId, String question, int k) {
        String id = QueryChecks.datasetId(datasetId);
        String q = QueryChecks.query(question, "q");
        QueryChecks.range("k", k, 1, MAX_K);
        VectorIndex index = holder.forReading();
        VectorDocumentEntity dataset =
                documents.findDataset(ownerId, id).orElseThrow(() -> QueryChecks.datasetNotFound(id));
        float[] vector = embedder.embed(q);
        IndexFilter questions = IndexFilter.owner(ownerId).kind(DocumentKind.QUESTION);

        List<QuestionExample> examples = new ArrayList<>();
        index.search(vector, k, questions.dataset(id)).forEach(h -> examples.add(toExample(h, true)));
        if (examples.size() < k) {
            Set<String> similar = similarDatasets(ownerId, dataset);
            if (!similar.isEmpty()) {
                index.search(vector, k - examples.size(), questions.datasets(similar))
                        .forEach(h -> examples.add(toExample(h, false)));
            }
        }
        return examples;
    }

    private Set<String> similarDatasets(String ownerId, VectorDocumentEntity dataset) {
        List<String> columns = columnsOf(dataset);
        return documents.listAllWhereOwnerAndKind(ownerId, DocumentKind.DATASET).stream()
                .filter(other -> !other.datasetId.equals(dataset.datasetId))
                .filter(other -> SchemaSimilarity.of(columns, columnsOf(other)) >= similarSchemaMin)
                .map(other -> other.datasetId)
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static List<String> columnsOf(VectorDocumentEntity dataset) {
        Object columns = dataset.payload == null ? null : dataset.payload.get("columns");
        return columns instanceof List<?> list ? (List<String>) list : List.of();
    }

    private VectorDocumentEntity questionDocument(
            String ownerId, String datasetId, String question, Map<String, Object> chartSpec, float[] vector) {
        String key = ownerId + "\n" + datasetId + "\n" + String.join(" ", NameNormalizer.words(question));
        VectorDocumentEntity doc = new VectorDocumentEntity();
        doc.id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        doc.kind = DocumentKind.QUESTION.value();
        doc.ownerId = ownerId;
        doc.datasetId = datasetId;
        doc.text = question;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("question", question);
        payload.put("chart_spec", chartSpec);
        doc.payload = payload;
        doc.embedding = VectorBytes.toBytes(vector);
        doc.embeddingModel = embedder.modelName();
        doc.createdAt = Instant.now();
        return doc;
    }

    private static QuestionExample toExample(IndexHit hit, boolean sameDataset) {
        return new QuestionExample(
                hit.label(),
                IndexEntries.chartSpec(hit.detail()),
                hit.datasetId(),
                QueryChecks.round(hit.similarity()),
                sameDataset);
    }
}
