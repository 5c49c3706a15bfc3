package io.datasage.dataset.rest;

import io.datasage.dataset.config.DatasetConfig;
import io.datasage.dataset.service.Sizes;
import io.datasage.platform.problem.ProblemException;
import io.datasage.platform.storage.StorageErrors;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives a multipart/form-data upload straight from the request: the {@code file} part is written to the uploads
 * folder and hashed (SHA-256) as its bytes arrive, so the file is never read a second time before the worker
 * parses it. Bytes past the upload limit are counted but not written: the size then says why the file is refused.
 */
@ApplicationScoped
public class UploadReceiver {

    /** The form field that carries the file. */
    static final String FILE_FIELD = "file";

    private final Vertx vertx;
    private final Path uploads;
    private final long maxBytes;

    public UploadReceiver(
            Vertx vertx,
            DatasetConfig config,
            @ConfigProperty(name = "quarkus.http.body.uploads-directory") Path uploads) {
        this.vertx = vertx;
        this.uploads = uploads.toAbsolutePath().normalize();
        this.maxBytes = config.maxUploadBytes();
    }

    /** The form once the whole request has arrived; its {@code file} is null when no file part was sent. */
    public Uni<ReceivedForm> receive(HttpServerRequest request) {
        return Uni.createFrom().emitter(emitter -> {
            List<Future<ReceivedFile>> file = new ArrayList<>(1);
            request.setExpectMultipart(true);
            request.uploadHandler(upload -> {
                if (FILE_FIELD.equals(upload.name()) && file.isEmpty()) {
                    file.add(receiveFile(upload));
                } else {
                    // A second file, or a file in another field: read and dropped.
                    upload.handler(ignored -> {});
                }
            });
            request.exceptionHandler(e -> {
                // The client went away: nothing of its upload is kept.
                file.forEach(f -> f.onSuccess(ReceivedFile::delete));
                emitter.fail(e);
            });
            request.endHandler(ended -> (file.isEmpty() ? Future.<ReceivedFile>succeededFuture() : file.get(0))
                    .onFailure(emitter::fail)
                    .onSuccess(received -> {
                        var form = request.formAttributes();
                        emitter.complete(new ReceivedForm(
                                received, form.get("name"), form.get("description"), form.get("sheet")));
                    }));
            request.resume();
        });
    }

    /**
     * Streams one file part to a new file in the uploads folder, hashing and counting what it writes. A write that
     * fails (a full disk above all) removes the partial file and fails the upload: the rest of the part is read and
     * dropped so that the client gets the answer, and nothing half-written is ever taken for the whole file.
     */
    private Future<ReceivedFile> receiveFile(HttpServerFileUpload upload) {
        upload.pause();
        Path target = uploads.resolve(UUID.randomUUID().toString());
        MessageDigest digest = sha256();
        long[] size = {0};
        boolean[] failed = {false};
        Promise<ReceivedFile> done = Promise.promise();
        createUploadsFolder()
                .compose(ready -> vertx.fileSystem()
                        .open(
                                target.toString(),
                                new OpenOptions().setWrite(true).setCreateNew(true)))
                .onFailure(e -> done.tryFail(writeFailure(e, 0)))
                .onSuccess(out -> {
                    Handler<Throwable> writeFailed = e -> {
                        if (!failed[0]) {
                            failed[0] = true;
                            close(out, target).onComplete(closed -> done.tryFail(writeFailure(e, size[0])));
                            upload.resume();
                        }
                    };
                    out.exceptionHandler(writeFailed);
                    upload.exceptionHandler(e -> close(out, target).onComplete(closed -> done.tryFail(e)));
                    upload.handler(buffer -> {
                        size[0] += buffer.length();
                        if (failed[0] || size[0] > maxBytes) {
                            return;
                        }
                        digest.update(buffer.getBytes());
                        out.write(buffer).onFailure(writeFailed);
                        if (out.writeQueueFull()) {
                            upload.pause();
                            out.drainHandler(drained -> upload.resume());
                        }
                    });
                    upload.endHandler(ended -> {
                        if (failed[0]) {
                            return;
                        }
                        out.close()
                                .onFailure(e ->
                                        close(out, target).onComplete(closed -> done.tryFail(writeFailure(e, size[0]))))
                                .onSuccess(closed -> done.tryComplete(new ReceivedFile(
                                        target,
                                        upload.filename(),
                                        size[0],
                                        HexFormat.of().formatHex(digest.digest()))));
                    });
                    upload.resume();
                });
        return done.future();
    }

    /** A full disk as a 507 that says so; any other error as it is. */
    private static Throwable writeFailure(Throwable error, long received) {
        return StorageErrors.full(error)
                ? ProblemException.insufficientStorage(Sizes.storageFilledUp(received))
                : error;
    }

    private Future<Void> createUploadsFolder() {
        return vertx.executeBlocking(() -> {
            Files.createDirectories(uploads);
            return null;
        });
    }

    private Future<Void> close(AsyncFile out, Path target) {
        return out.close().eventually(() -> vertx.fileSystem().delete(target.toString()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The received form: the file (or null) and the text fields. */
    public record ReceivedForm(ReceivedFile file, String name, String description, String sheet) {}

    /** A received file part: where it was written, the client's name for it, its size and hex SHA-256. */
    public record ReceivedFile(Path path, String filename, long size, String sha256) {

        /** Removes the file (a request that failed after it was written). */
        void delete() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
