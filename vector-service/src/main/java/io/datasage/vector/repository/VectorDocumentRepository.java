package io.datasage.vector.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.datasage.vector.DocumentKind;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.conversions.Bson;

/** The {@code vector_documents} collection; every read is scoped to one owner except the index's own upkeep. */
@ApplicationScoped
public class VectorDocumentRepository implements PanacheMongoRepositoryBase<VectorDocumentEntity, String> {

    static final String OWNER = "owner_id";
    static final String DATASET = "dataset_id";
    static final String KIND = "kind";
    static final String MODEL = "embedding_model";

    void createIndexes(@Observes StartupEvent event) {
        mongoCollection()
                .createIndex(Indexes.compoundIndex(
                        Indexes.ascending(OWNER), Indexes.ascending(DATASET), Indexes.ascending(KIND)));
        mongoCollection().createIndex(Indexes.ascending(MODEL));
    }

    /** The dataset document, when this owner's dataset is indexed. */
    public Optional<VectorDocumentEntity> findDataset(String ownerId, String datasetId) {
        return find(Filters.and(ownedBy(ownerId, datasetId), Filters.eq(KIND, DocumentKind.DATASET.value())))
                .firstResultOptional();
    }

    /** A document by id, when it belongs to {@code ownerId}. */
    public Optional<VectorDocumentEntity> findByIdAndOwner(String id, String ownerId) {
        return find(Filters.and(Filters.eq("_id", id), Filters.eq(OWNER, ownerId)))
                .firstResultOptional();
    }

    /** The owner's documents of one kind. */
    public List<VectorDocumentEntity> listAllWhereOwnerAndKind(String ownerId, DocumentKind kind) {
        return list(Filters.and(Filters.eq(OWNER, ownerId), Filters.eq(KIND, kind.value())));
    }

    /** Up to {@code limit} documents without a vector whose id sorts after {@code afterId} ("" for the first). */
    public List<VectorDocumentEntity> listAllWherePendingAfter(String afterId, int limit) {
        return find(Filters.and(Filters.eq(MODEL, null), Filters.gt("_id", afterId)), Sorts.ascending("_id"))
                .page(0, limit)
                .list();
    }

    /** The documents of one dataset that have no vector yet. */
    public List<VectorDocumentEntity> listAllWherePendingInDataset(String ownerId, String datasetId) {
        return list(Filters.and(ownedBy(ownerId, datasetId), Filters.eq(MODEL, null)));
    }

    /** How many documents carry a vector from {@code model}. */
    public long countWhereEmbeddedWith(String model) {
        return count(Filters.eq(MODEL, model));
    }

    /** Every document with a vector from {@code model}, streamed; close the stream. */
    public Stream<VectorDocumentEntity> streamAllWhereEmbeddedWith(String model) {
        return stream(Filters.eq(MODEL, model));
    }

    /** Marks documents whose vector came from another model as pending, so that they are embedded again. */
    public long clearEmbeddingsNotFrom(String model) {
        return mongoCollection()
                .updateMany(
                        Filters.and(Filters.ne(MODEL, model), Filters.ne(MODEL, null)),
                        Updates.combine(Updates.unset("embedding"), Updates.unset(MODEL)))
                .getModifiedCount();
    }

    /** Stores a document's vector; false when the document is gone (deleted or replaced meanwhile). */
    public boolean setEmbedding(String id, String text, byte[] embedding, String model) {
        // Matching the text too means a vector of an older text never lands on a newer document.
        Bson sameDocument = Filters.and(Filters.eq("_id", id), Filters.eq("text", text));
        return mongoCollection()
                        .updateOne(
                                sameDocument,
                                Updates.combine(Updates.set("embedding", embedding), Updates.set(MODEL, model)))
                        .getMatchedCount()
                == 1;
    }

    /**
     * Makes the dataset and column documents of one dataset exactly {@code documents}: stale ones are deleted,
     * new or changed ones stored without a vector, unchanged ones keep theirs. Questions are left alone.
     * Returns the ids of the deleted documents.
     */
    public Set<String> replaceDatasetDocuments(String ownerId, String datasetId, List<VectorDocumentEntity> documents) {
        Bson describing = Filters.and(
                ownedBy(ownerId, datasetId),
                Filters.in(KIND, DocumentKind.DATASET.value(), DocumentKind.COLUMN.value()));
        Map<String, VectorDocumentEntity> existing =
                list(describing).stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        Set<String> keep = new HashSet<>();
        List<WriteModel<VectorDocumentEntity>> writes = new ArrayList<>();
        for (VectorDocumentEntity doc : documents) {
            keep.add(doc.id);
            VectorDocumentEntity old = existing.get(doc.id);
            if (old != null && Objects.equals(old.text, doc.text) && old.embeddingModel != null) {
                // Same text, same vector: a redelivered event costs no model time.
                writes.add(new UpdateOneModel<>(Filters.eq("_id", doc.id), Updates.set("payload", doc.payload)));
            } else {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", doc.id), doc, new ReplaceOptions().upsert(true)));
            }
        }
        if (!writes.isEmpty()) {
            mongoCollection().bulkWrite(writes);
        }
        Set<String> stale = new HashSet<>(existing.keySet());
        stale.removeAll(keep);
        if (!stale.isEmpty()) {
            delete(Filters.in("_id", new ArrayList<>(stale)));
        }
        return stale;
    }

    /** Deletes every document of the owner's dataset, questions included; returns how many. */
    public long deleteByDataset(String ownerId, String datasetId) {
        return delete(ownedBy(ownerId, datasetId));
    }

    private static Bson ownedBy(String ownerId, String datasetId) {
        return Filters.and(Filters.eq(OWNER, ownerId), Filters.eq(DATASET, datasetId));
    }
}
