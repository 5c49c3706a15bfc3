package io.datasage.infra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;

/** The embedded document store: the MongoDB wire protocol (mongo-java-server) over an H2 MVStore file. */
public final class DocumentStoreNode implements Closeable {

    private final MongoServer server;
    private final H2Backend backend;
    private final ScheduledExecutorService committer;
    private final int port;

    private DocumentStoreNode(MongoServer server, H2Backend backend, ScheduledExecutorService committer, int port) {
        this.server = server;
        this.backend = backend;
        this.committer = committer;
        this.port = port;
    }

    /** Opens (or creates) {@code file} and serves it on {@code 127.0.0.1:port}. */
    public static DocumentStoreNode start(Path file, int port) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitBufferSize(1024)
                .open();
        // MVStore's own background writer would serialise documents while a request updates them in place; the
        // committer below commits under the backend's lock instead, every 50 ms, which keeps the window in which a
        // crash of this process could lose acknowledged writes as small as before.
        store.setAutoCommitDelay(0);
        H2Backend backend = new OneAtATimeBackend(store);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-commit");
            t.setDaemon(true);
            return t;
        });
        committer.scheduleWithFixedDelay(backend::commit, 50, 50, TimeUnit.MILLISECONDS);
        return new DocumentStoreNode(server, backend, committer, port);
    }

    /** The connection string drivers use. */
    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        // Not shutdownNow: interrupting a commit mid-write closes MVStore's file channel, and nothing after it is
        // saved.
        committer.shutdown();
        try {
            committer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.shutdown();
    }

    /** Runs the store until the process is stopped: {@code DocumentStoreNode <file> <port>}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DocumentStoreNode <file> <port>");
            System.exit(2);
        }
        DocumentStoreNode node = start(Path.of(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "store-shutdown"));
        System.out.println("Document store ready on " + node.connectionString());
        Thread.currentThread().join();
    }
}
