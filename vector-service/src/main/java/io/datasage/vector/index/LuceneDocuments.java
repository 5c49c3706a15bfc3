package io.datasage.vector.index;

import io.datasage.vector.DocumentKind;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** The Lucene field layout of the vector index: entries to documents, filters to queries, documents to hits. */
final class LuceneDocuments {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String OWNER = "owner_id";
    static final String DATASET = "dataset_id";
    static final String LABEL = "label";
    static final String DETAIL = "detail";
    static final String TERM = "term";
    static final String VECTOR = "vector";
    static final Set<String> STORED = Set.of(ID, KIND, OWNER, DATASET, LABEL, DETAIL);

    private LuceneDocuments() {}

    static Document toDocument(IndexEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(KIND, entry.kind().value(), Field.Store.YES));
        doc.add(new StringField(OWNER, entry.ownerId(), Field.Store.YES));
        doc.add(new StringField(DATASET, entry.datasetId(), Field.Store.YES));
        if (entry.label() != null) {
            doc.add(new StoredField(LABEL, entry.label()));
        }
        if (entry.detail() != null) {
            doc.add(new StoredField(DETAIL, entry.detail()));
        }
        for (String term : entry.terms()) {
            doc.add(new StringField(TERM, term, Field.Store.NO));
        }
        doc.add(new KnnFloatVectorField(VECTOR, entry.vector(), VectorSimilarityFunction.COSINE));
        return doc;
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    static Query toQuery(IndexFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(OWNER, filter.ownerId())), Occur.FILTER);
        if (filter.kind() != null) {
            query.add(new TermQuery(new Term(KIND, filter.kind().value())), Occur.FILTER);
        }
        if (!filter.datasetIds().isEmpty()) {
            query.add(
                    new TermInSetQuery(
                            DATASET,
                            filter.datasetIds().stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        if (!filter.terms().isEmpty()) {
            query.add(
                    new TermInSetQuery(
                            TERM, filter.terms().stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        return query.build();
    }

    static IndexHit toHit(Document doc, float luceneScore) {
        // Lucene scores cosine as (1 + cos) / 2 so that scores stay positive; report the cosine itself.
        double cosine = 2.0 * luceneScore - 1.0;
        return new IndexHit(
                doc.get(ID),
                DocumentKind.of(doc.get(KIND)),
                doc.get(OWNER),
                doc.get(DATASET),
                doc.get(LABEL),
                doc.get(DETAIL),
                cosine);
    }
}
