package io.datasage.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.dashboard.repository.DashboardEntity;
import io.datasage.dashboard.repository.DashboardRepository;
import io.datasage.infra.testing.InfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Edits of a dashboard racing {@code dataset.ready} of newer versions, for real against the store: an edit made
 * while the dataset still showed an older version never moves the dashboard back to it (whose files are gone once
 * the new version took over), and no edit is lost.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class ConcurrentEditsTest {

    private static final int EDITORS = 3;
    private static final int EDITS = 15;
    private static final int VERSIONS = 6;

    @Inject
    DashboardRepository dashboards;

    @Test
    void anEditNeverMovesADashboardBackToAnOlderVersion() throws Exception {
        String owner = "edit-race-" + UUID.randomUUID();
        String datasetId = "ds-" + UUID.randomUUID();
        DashboardEntity board = new DashboardEntity();
        board.id = UUID.randomUUID().toString();
        board.ownerId = owner;
        board.datasetId = datasetId;
        board.datasetVersion = 1;
        board.title = "Sales";
        board.componentsJson = "[]";
        board.revision = 0L;
        board.createdAt = Instant.now();
        board.updatedAt = board.createdAt;
        dashboards.persist(board);

        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger applied = new AtomicInteger();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int editor = 0; editor < EDITORS; editor++) {
            String name = "editor " + editor;
            writers.add(CompletableFuture.runAsync(() -> {
                await(start);
                for (int i = 0; i < EDITS; i++) {
                    // As DashboardEditor does: read, change, write on the revision read; retried when it lost.
                    while (true) {
                        DashboardEntity e =
                                dashboards.findByIdAndOwner(board.id, owner).orElseThrow();
                        long revision = e.revisionOrZero();
                        e.title = name + " #" + i;
                        // The dataset version the editor saw when it asked dataset-service: the first one.
                        e.datasetVersion = 1;
                        e.updatedAt = Instant.now();
                        if (dashboards.replaceIfRevision(e, revision)) {
                            applied.incrementAndGet();
                            break;
                        }
                    }
                }
            }));
        }
        // The dataset.ready consumer: the file was replaced several times while people edited.
        writers.add(CompletableFuture.runAsync(() -> {
            await(start);
            for (int v = 2; v <= VERSIONS; v++) {
                dashboards.moveToVersion(datasetId, v);
            }
        }));
        start.countDown();
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

        DashboardEntity after = dashboards.findByIdAndOwner(board.id, owner).orElseThrow();
        assertThat(after.datasetVersion).as("the newest version READY").isEqualTo(VERSIONS);
        assertThat(applied.get()).isEqualTo(EDITORS * EDITS);
        assertThat(after.revision).as("one revision per applied edit").isEqualTo((long) EDITORS * EDITS);
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
