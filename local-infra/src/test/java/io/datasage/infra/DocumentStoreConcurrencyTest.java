package io.datasage.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads and writes of the same documents at the same time, through the wire protocol: no reply is torn by a write
 * that lands while it is sent, and no write is lost.
 */
class DocumentStoreConcurrencyTest {

    private static final int DOCS = 4;
    private static final int WRITERS = 4;
    private static final int READERS = 4;
    private static final int ROUNDS = 200;

    @TempDir
    Path dir;

    @Test
    void readersNeverSeeAWriteHalfDoneAndNoWriteIsLost() throws Exception {
        int port = FreePorts.next();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        try (DocumentStoreNode node = DocumentStoreNode.start(dir.resolve("store/race.mv"), port);
                // Without the driver's retries a reply the store fails to send is an error here, not a silent second
                // try.
                MongoClient client =
                        MongoClients.create(node.connectionString() + "/?retryReads=false&retryWrites=false")) {
            MongoCollection<Document> docs = client.getDatabase("t").getCollection("c");
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                tasks.add(() -> {
                    for (int r = 0; r < ROUNDS; r++) {
                        // Each write adds and drops fields, so a reply encoded while it runs would iterate a
                        // document whose keys are changing under it.
                        docs.updateOne(
                                Filters.eq("_id", "d" + (r % DOCS)),
                                Updates.combine(
                                        Updates.inc("n", 1),
                                        Updates.set("w" + writer + "_" + r, r),
                                        Updates.unset("w" + writer + "_" + (r - DOCS)),
                                        Updates.push("log", writer)),
                                new UpdateOptions().upsert(true));
                    }
                    return ROUNDS;
                });
            }
            for (int i = 0; i < READERS; i++) {
                tasks.add(() -> {
                    int seen = 0;
                    for (int r = 0; r < ROUNDS; r++) {
                        for (Document d : docs.find()) {
                            seen += d.getList("log", Integer.class).size();
                        }
                    }
                    return seen;
                });
            }
            for (Future<Integer> f : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                f.get();
            }
            int total = 0;
            for (Document d : docs.find()) {
                total += d.getInteger("n");
                assertThat(d.getList("log", Integer.class)).hasSize(d.getInteger("n"));
            }
            assertThat(total).isEqualTo(WRITERS * ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }
}
