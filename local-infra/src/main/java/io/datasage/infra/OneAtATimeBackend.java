package io.datasage.infra;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend with one request at a time and replies that own their documents.
 *
 * <p>mongo-java-server updates a stored document in place and puts the stored instance itself into a query's reply,
 * which its network thread encodes after the request has returned. A write landing during that encoding made the
 * encoder fail with a {@code ConcurrentModificationException} and drop the client's connection; MVStore's own
 * background writer could likewise serialise a document half-updated. So every request runs under one lock and its
 * reply is copied before the lock is released, and commits run under the same lock. The requests are in-memory
 * map operations of microseconds to a few milliseconds, so the lock costs this platform's store nothing it notices.
 */
final class OneAtATimeBackend extends H2Backend {

    private final ReentrantLock lock = new ReentrantLock();

    OneAtATimeBackend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return reply(() -> super.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return reply(() -> super.handleCommand(channel, database, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return locked(() -> {
            QueryResult result = super.handleQuery(query);
            List<Document> documents = new ArrayList<>();
            for (Document document : result) {
                documents.add(document.cloneDeeply());
            }
            return new QueryResult(documents, result.getCursorId());
        });
    }

    @Override
    public void handleClose(Channel channel) {
        locked(() -> {
            super.handleClose(channel);
            return null;
        });
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        locked(() -> {
            super.closeCursors(cursorIds);
            return null;
        });
    }

    @Override
    public void dropDatabase(String database) {
        locked(() -> {
            super.dropDatabase(database);
            return null;
        });
    }

    @Override
    public void commit() {
        locked(() -> {
            super.commit();
            return null;
        });
    }

    @Override
    public void close() {
        locked(() -> {
            super.close();
            return null;
        });
    }

    private <T> T locked(Supplier<T> request) {
        lock.lock();
        try {
            return request.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs a request whose reply leaves the lock: copied once, by the outermost call (messages run commands). */
    private Document reply(Supplier<Document> request) {
        return locked(() -> {
            Document reply = request.get();
            return reply == null || lock.getHoldCount() > 1 ? reply : reply.cloneDeeply();
        });
    }
}
