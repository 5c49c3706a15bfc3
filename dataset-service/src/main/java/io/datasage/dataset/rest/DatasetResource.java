package io.datasage.dataset.rest;

import io.datasage.dataset.config.DatasetConfig;
import io.datasage.dataset.mapping.DatasetMapper;
import io.datasage.dataset.rest.DatasetViews.Dataset;
import io.datasage.dataset.rest.DatasetViews.Page;
import io.datasage.dataset.rest.DatasetViews.UploadResult;
import io.datasage.dataset.service.DatasetService;
import io.datasage.dataset.service.ProgressStream;
import io.datasage.dataset.service.ReplaceService;
import io.datasage.dataset.service.RetryService;
import io.datasage.dataset.service.UploadOutcome;
import io.datasage.dataset.service.UploadRequest;
import io.datasage.dataset.service.UploadService;
import io.datasage.platform.problem.ProblemException;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import org.jboss.resteasy.reactive.RestHeader;

/** The caller's datasets: upload, file replacement, list, details with profile, preview, live progress, retry, deletion. */
@Path("/api/datasets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {

    /** How long an EventSource waits before it reconnects after a broken stream. */
    private static final long RECONNECT_DELAY_MS = 1000;

    private final UploadReceiver receiver;
    private final UploadService uploads;
    private final ReplaceService replacements;
    private final DatasetService datasets;
    private final RetryService retries;
    private final ProgressStream progress;
    private final DatasetConfig config;
    private final CurrentUser user;

    public DatasetResource(
            UploadReceiver receiver,
            UploadService uploads,
            ReplaceService replacements,
            DatasetService datasets,
            RetryService retries,
            ProgressStream progress,
            DatasetConfig config,
            CurrentUser user) {
        this.receiver = receiver;
        this.uploads = uploads;
        this.replacements = replacements;
        this.datasets = datasets;
        this.retries = retries;
        this.progress = progress;
        this.config = config;
        this.user = user;
    }

    /** Multipart fields: {@code file} (required), {@code name}, {@code description}, {@code sheet}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> upload(HttpServerRequest request) {
        String owner = user.id();
        return receiver.receive(request)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(form -> {
                    UploadRequest upload = uploadRequest(
                            form,
                            form.name(),
                            form.description(),
                            "Send the file as multipart/form-data in a field named 'file' (optional fields: name, description, sheet).");
                    UploadOutcome outcome = uploads.upload(owner, upload);
                    UploadResult body =
                            new UploadResult(outcome.duplicate(), DatasetMapper.toView(outcome.dataset(), null));
                    if (outcome.duplicate()) {
                        return Response.ok(body).build();
                    }
                    return Response.created(URI.create("/api/datasets/" + outcome.dataset().id))
                            .entity(body)
                            .build();
                });
    }

    /** Multipart fields: {@code file} (required), {@code sheet}. */
    @PUT
    @Path("/{id}/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> replace(@PathParam("id") String id, HttpServerRequest request) {
        String owner = user.id();
        return receiver.receive(request)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(form -> {
                    UploadRequest upload = uploadRequest(
                            form,
                            null,
                            null,
                            "Send the new file as multipart/form-data in a field named 'file' (optional field: sheet).");
                    UploadOutcome outcome = replacements.replace(owner, id, upload);
                    UploadResult body =
                            new UploadResult(outcome.duplicate(), DatasetMapper.toView(outcome.dataset(), null));
                    return Response.status(outcome.duplicate() ? 200 : 202)
                            .entity(body)
                            .build();
                });
    }

    private static UploadRequest uploadRequest(
            UploadReceiver.ReceivedForm form, String name, String description, String withoutFile) {
        UploadReceiver.ReceivedFile file = form.file();
        if (file == null) {
            throw ProblemException.badRequest(withoutFile);
        }
        return new UploadRequest(
                file.path(), file.filename(), file.size(), file.sha256(), name, description, form.sheet());
    }

    @GET
    public Page<Dataset> list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        var items = datasets.list(user.id(), page, size).stream()
                .map(e -> DatasetMapper.toView(e, null))
                .toList();
        return new Page<>(items, page, size, datasets.count(user.id()));
    }

    @GET
    @Path("/{id}")
    public Dataset get(@PathParam("id") String id) {
        var viewed = datasets.view(user.id(), id);
        return DatasetMapper.toView(viewed.dataset(), viewed.profile());
    }

    @GET
    @Path("/{id}/preview")
    public DatasetService.Preview preview(
            @PathParam("id") String id, @QueryParam("rows") @DefaultValue("20") int rows) {
        return datasets.preview(user.id(), id, rows, config.maxPreviewRows());
    }

    /**
     * Server-sent progress until READY or FAILED. Each event carries an id; a client that lost the connection
     * reconnects with {@code Last-Event-ID} and gets only what changed since (204 when it already had the end).
     */
    @Blocking
    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(
            @PathParam("id") String id, @RestHeader("Last-Event-ID") String lastEventId, @Context Sse sse) {
        String owner = user.id();
        datasets.get(owner, id);
        if (progress.alreadyFinished(owner, id, lastEventId)) {
            throw new ProgressStream.NothingToResume();
        }
        return progress.follow(owner, id, lastEventId).map(s -> sse.newEventBuilder()
                .id(s.eventId())
                .reconnectDelay(RECONNECT_DELAY_MS)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(ProgressStream.Snapshot.class, s)
                .build());
    }

    /**
     * Analyses a FAILED dataset (or a failed new file) again as a new version: 202, then follow it as after an
     * upload (or a new file).
     */
    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") String id) {
        Dataset body = DatasetMapper.toView(retries.retry(user.id(), id), null);
        return Response.accepted(body).build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        datasets.delete(user.id(), id);
        return Response.noContent().build();
    }
}
