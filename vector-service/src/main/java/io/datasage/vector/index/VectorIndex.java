package io.datasage.vector.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A persistent HNSW vector index (Lucene, cosine similarity) of datasets, columns and questions, on one
 * directory. Plain Java and thread-safe: one writer, a commit after every change (or, for single questions, soon
 * after: {@link #upsertSearchable}), searches through a {@link SearcherManager}. Construct it directly, or with
 * {@link #openOrReset} to repair a broken directory.
 */
public final class VectorIndex implements Closeable {

    /** How the directory was found when the index was opened. */
    public enum OpenState {
        /** An intact index was opened. */
        OPENED,
        /** There was no index; an empty one was created. */
        CREATED,
        /** The index was unreadable or corrupt; it was deleted and an empty one created. */
        RESET
    }

    /** Something that reads through a searcher. */
    private interface SearcherTask<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final int dimension;
    private final Directory directory;
    private final OpenState state;
    private final String resetReason;
    // Replaced only when a failed rebuild is rolled back to the last commit.
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    // Set by upsertSearchable, cleared by every commit; guarded by this.
    private boolean uncommitted;

    /**
     * Opens the index in {@code dir}, creating an empty one when there is none.
     *
     * @param dimension length of every vector (384 for all-MiniLM-L6-v2)
     * @throws IOException when the directory holds an index that cannot be opened, or another process holds it
     */
    public VectorIndex(Path dir, int dimension) throws IOException {
        this(dir, dimension, IndexDirectory.hasIndex(dir) ? OpenState.OPENED : OpenState.CREATED, null);
    }

    VectorIndex(Path dir, int dimension, OpenState state, String resetReason) throws IOException {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be positive; got " + dimension);
        }
        Files.createDirectories(dir);
        this.dimension = dimension;
        this.state = state;
        this.resetReason = resetReason;
        this.directory = FSDirectory.open(dir);
        try {
            openWriter();
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the index in {@code dir}; when it is missing it is created, and when its files are unreadable or fail
     * their checksums the directory is emptied and a new index created ({@link #openState()} tells which, and
     * {@link #resetReason()} why). The caller then refills it.
     *
     * @throws LockObtainFailedException when another process still has the index open; nothing is deleted
     */
    public static VectorIndex openOrReset(Path dir, int dimension) throws IOException {
        return IndexDirectory.openOrReset(dir, dimension);
    }

    /**
     * What is wrong with the index in {@code dir} (missing files, failed checksums), or null when it is intact.
     *
     * @throws LockObtainFailedException when a writer holds the index: that is no damage, and it must not be deleted
     */
    public static String problemWith(Path dir) throws LockObtainFailedException {
        return IndexDirectory.problemWith(dir);
    }

    /** Adds the entries, replacing any with the same id, and commits. */
    public synchronized void upsert(List<IndexEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            update(entries);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the entries, replacing any with the same id, searchable when this returns but not yet committed: one
     * question remembered at a time would otherwise pay a commit (files written and synced) each. {@link
     * #commitIfChanged} makes them durable; until then a crash loses them from the index only, and the start-up count
     * check rebuilds it from the store.
     */
    public synchronized void upsertSearchable(List<IndexEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            update(entries);
            uncommitted = true;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits what {@link #upsertSearchable} added since the last commit; returns whether there was anything. */
    public synchronized boolean commitIfChanged() {
        if (!uncommitted) {
            return false;
        }
        try {
            commit();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the documents with these ids and commits. */
    public synchronized void deleteIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            writer.deleteDocuments(ids.stream().map(LuceneDocuments::idTerm).toArray(Term[]::new));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every document the filter selects and commits. */
    public synchronized void delete(IndexFilter filter) {
        try {
            writer.deleteDocuments(LuceneDocuments.toQuery(filter));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the whole content with {@code entries} in one commit: searches see the old content until the new
     * one is complete, and keep it if this fails. Returns the number of documents written.
     */
    public synchronized int replaceAll(Iterator<IndexEntry> entries) {
        try {
            writer.deleteAll();
            int count = 0;
            while (entries.hasNext()) {
                IndexEntry e = entries.next();
                checkDimension(e.vector());
                writer.addDocument(LuceneDocuments.toDocument(e));
                count++;
            }
            commit();
            return count;
        } catch (IOException | RuntimeException e) {
            backToLastCommit(e);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The {@code k} documents nearest to {@code query} among those the filter selects, nearest first. */
    public List<IndexHit> search(float[] query, int k, IndexFilter filter) {
        checkDimension(query);
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1; got " + k);
        }
        KnnFloatVectorQuery knn =
                new KnnFloatVectorQuery(LuceneDocuments.VECTOR, query, k, LuceneDocuments.toQuery(filter));
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(knn, k);
            StoredFields stored = searcher.storedFields();
            List<IndexHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(LuceneDocuments.toHit(stored.document(sd.doc, LuceneDocuments.STORED), sd.score));
            }
            return hits;
        });
    }

    /** How many documents the filter selects. */
    public int count(IndexFilter filter) {
        return withSearcher(searcher -> searcher.count(LuceneDocuments.toQuery(filter)));
    }

    /** How many documents the index holds. */
    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Vector length this index accepts. */
    public int dimension() {
        return dimension;
    }

    /** How the directory was found at opening. */
    public OpenState openState() {
        return state;
    }

    /** Why the directory was reset, or null. */
    public String resetReason() {
        return resetReason;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // Rebuilds add many documents in one go; a larger buffer means fewer, larger HNSW segments.
        config.setRAMBufferSizeMB(64);
        IndexWriter w = new IndexWriter(directory, config);
        try {
            this.searchers = new SearcherManager(w, null);
        } catch (IOException | RuntimeException e) {
            w.rollback();
            throw e;
        }
        this.writer = w;
    }

    private void update(List<IndexEntry> entries) throws IOException {
        for (IndexEntry e : entries) {
            checkDimension(e.vector());
            writer.updateDocument(LuceneDocuments.idTerm(e.id()), LuceneDocuments.toDocument(e));
        }
    }

    private void commit() throws IOException {
        writer.commit();
        uncommitted = false;
        searchers.maybeRefreshBlocking();
    }

    private void backToLastCommit(Exception cause) {
        // Drop the half-written replacement so that no later commit can publish it; readers keep the last commit.
        try {
            searchers.close();
            writer.rollback();
            // The rollback dropped what was only searchable too; the store still has it.
            uncommitted = false;
            openWriter();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private <T> T withSearcher(SearcherTask<T> task) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return task.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkDimension(float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException(
                    "vector has " + vector.length + " dimensions; the index holds " + dimension);
        }
    }
}
