package io.datasage.gateway.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Rate-limit counters shared by every gateway instance. Each change is one atomic {@code findOneAndUpdate}, so
 * concurrent requests on several gateways never lose a count.
 */
@ApplicationScoped
public class LimitRepository implements PanacheMongoRepositoryBase<LimitEntity, String> {

    void createIndexes(@Observes StartupEvent event) {
        // MongoDB deletes a counter once expiresAt has passed; purgeExpired() does the same where TTL is not run.
        mongoCollection()
                .createIndex(
                        Indexes.ascending("expiresAt"),
                        new IndexOptions().expireAfter(0L, TimeUnit.SECONDS).name("expires_ttl"));
    }

    /** Adds one to the counter {@code id}, creating it if needed, and returns its count after the change. */
    public long increment(String id, Instant expiresAt) {
        try {
            return incrementOnce(id, expiresAt);
        } catch (MongoWriteException e) {
            // Two first increments raced on the upsert; the loser's retry finds the winner's document.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return incrementOnce(id, expiresAt);
        }
    }

    /**
     * One atomic increment, read from the counter as it was before it: the embedded store answers AFTER with its
     * live copy, which a concurrent increment may already have changed again (two requests would see one count).
     */
    private long incrementOnce(String id, Instant expiresAt) {
        LimitEntity before = mongoCollection()
                .findOneAndUpdate(
                        Filters.eq("_id", id),
                        Updates.combine(Updates.inc("count", 1L), Updates.set("expiresAt", Date.from(expiresAt))),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return before == null ? 1 : before.count + 1;
    }

    /** Makes {@code id} wait until at least {@code until} (a later wait already set is kept). */
    public void blockUntil(String id, Instant until) {
        mongoCollection().updateOne(Filters.eq("_id", id), Updates.max("blockedUntil", Date.from(until)));
    }

    /** The counter {@code id} if it exists and has not expired. */
    public Optional<LimitEntity> findCurrent(String id, Instant now) {
        return Optional.ofNullable(mongoCollection()
                .find(Filters.and(Filters.eq("_id", id), Filters.gt("expiresAt", Date.from(now))))
                .first());
    }

    /** Forgets the counter {@code id}. */
    public void forget(String id) {
        deleteById(id);
    }

    /** Deletes expired counters: what the TTL index does on MongoDB, for stores that do not run it. */
    public long purgeExpired(Instant now) {
        return mongoCollection()
                .deleteMany(Filters.lte("expiresAt", Date.from(now)))
                .getDeletedCount();
    }
}
