package io.datasage.dashboard.service;

import io.datasage.dashboard.client.ChatAnswer;
import io.datasage.dashboard.client.ConversationsClient;
import io.datasage.dashboard.design.ComponentPlan;
import io.datasage.dashboard.design.DashboardDesign;
import io.datasage.dashboard.mapping.ComponentsJson;
import io.datasage.dashboard.mapping.DashboardMapper;
import io.datasage.dashboard.repository.DashboardEntity;
import io.datasage.dashboard.repository.DashboardRepository;
import io.datasage.dashboard.rest.DashboardRequests.PinRequest;
import io.datasage.dashboard.rest.DashboardRequests.UpdateRequest;
import io.datasage.dashboard.rest.DashboardView;
import io.datasage.platform.datasets.DatasetCatalog;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes stored dashboards under optimistic concurrency: every change names the revision it was made on
 * (If-Match) and is refused with 412 when someone else changed the dashboard since; pins and regenerations
 * without If-Match are applied to the latest revision (retried when they race).
 */
@ApplicationScoped
public class DashboardEditor {

    /** If-Match {@code *}: any revision (the change applies to whatever is stored). */
    public static final long ANY_REVISION = -1;

    private static final int ATTEMPTS = 5;

    private final DashboardRepository dashboards;
    private final DashboardService service;
    private final DatasetCatalog datasets;
    private final ConversationsClient conversations;
    private final DashboardHydrator hydrator;
    private final DesignService designs;
    private final ComponentEdits edits;
    private final ComponentsJson json;

    public DashboardEditor(
            DashboardRepository dashboards,
            DashboardService service,
            DatasetCatalog datasets,
            ConversationsClient conversations,
            DashboardHydrator hydrator,
            DesignService designs,
            ComponentEdits edits,
            ComponentsJson json) {
        this.dashboards = dashboards;
        this.service = service;
        this.datasets = datasets;
        this.conversations = conversations;
        this.hydrator = hydrator;
        this.designs = designs;
        this.edits = edits;
        this.json = json;
    }

    /** {@code PUT}: new title and/or tiles, made on revision {@code ifMatch} (required). */
    public DashboardView update(String ownerId, String token, String id, Long ifMatch, UpdateRequest request) {
        if (ifMatch == null) {
            throw new ProblemException(
                    428,
                    "Precondition Required",
                    "Send the dashboard's ETag in If-Match (from GET /api/dashboards/" + id
                            + ") so that a concurrent edit is not overwritten.");
        }
        if (request == null || (request.title() == null && request.components() == null)) {
            throw ProblemException.badRequest("Send {\"title\": \"...\"} and/or {\"components\": [...]} to change.");
        }
        return change(ownerId, token, id, expected(ifMatch), (e, dataset) -> {
            if (request.title() != null) {
                e.title = DashboardTitles.checked(request.title());
            }
            if (request.components() != null) {
                e.componentsJson = json.write(edits.apply(json.read(e.componentsJson), request.components(), dataset));
            }
        });
    }

    /** Pins a chat answer or a spec onto the dashboard (If-Match optional). */
    public DashboardView pin(String ownerId, String token, String id, Long ifMatch, PinRequest request) {
        if (request == null
                || (request.spec() == null && (request.conversationId() == null || request.messageId() == null))) {
            throw ProblemException.badRequest("Send {\"conversation_id\": \"...\", \"message_id\": \"...\"} of a chat"
                    + " answer, or {\"spec\": {...}} of a chart, to pin it.");
        }
        DashboardEntity stored = service.entity(ownerId, id);
        ChatAnswer answer = request.spec() == null
                ? conversations.answer(request.conversationId(), request.messageId(), token)
                : null;
        if (answer != null && !stored.datasetId.equals(answer.datasetId())) {
            throw ProblemException.unprocessable("That chat answer is about dataset " + answer.datasetId()
                    + ", but this dashboard shows dataset " + stored.datasetId + "; pin it onto a dashboard of"
                    + " that dataset, or start a new one from it (POST /api/dashboards).");
        }
        DatasetInfo dataset = datasets.requireReady(stored.datasetId, ownerId, token);
        ComponentPlan tile = edits.pinned(
                answer != null ? answer.spec() : request.spec(),
                request.title(),
                request.span(),
                request.height(),
                answer != null ? "chat" : "user",
                dataset);
        return change(ownerId, token, id, expected(ifMatch), (e, d) -> {
            List<ComponentPlan> plans = new ArrayList<>(json.read(e.componentsJson));
            if (plans.size() >= ComponentEdits.MAX_COMPONENTS) {
                throw ProblemException.unprocessable(
                        "This dashboard already holds " + plans.size() + " tiles, the most it may; remove one first.");
            }
            int at =
                    request.position() == null ? plans.size() : Math.max(0, Math.min(request.position(), plans.size()));
            plans.add(at, tile);
            e.componentsJson = json.write(plans);
        });
    }

    /** Redesigns the dashboard from the current data, keeping its pinned tiles where they were (If-Match optional). */
    public DashboardView regenerate(String ownerId, String token, String id, Long ifMatch) {
        return change(ownerId, token, id, expected(ifMatch), (e, dataset) -> {
            DashboardDesign design = designs.design(dataset);
            e.componentsJson = json.write(keepPinned(json.read(e.componentsJson), design.components()));
            e.domain = design.domain();
            e.pattern = design.pattern();
            e.designedBy = design.designedBy();
            e.explanation = design.explanation();
            e.insights = design.insights();
        });
    }

    /** The designed tiles with the pinned ones put back at their old positions; designs that repeat a pin go. */
    static List<ComponentPlan> keepPinned(List<ComponentPlan> before, List<ComponentPlan> designed) {
        Set<String> pinnedSpecs = new HashSet<>();
        before.stream().filter(ComponentPlan::pinned).forEach(p -> pinnedSpecs.add(SpecHash.of(p.spec())));
        List<ComponentPlan> out = new ArrayList<>();
        designed.stream()
                .filter(d -> !pinnedSpecs.contains(SpecHash.of(d.spec())))
                .forEach(out::add);
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).pinned()) {
                out.add(Math.min(i, out.size()), before.get(i));
            }
        }
        return out;
    }

    /** What a change does to the stored dashboard, given the dataset it shows. */
    @FunctionalInterface
    interface Change {
        void apply(DashboardEntity e, DatasetInfo dataset);
    }

    private DashboardView change(String ownerId, String token, String id, Long ifMatch, Change change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            DashboardEntity e = service.entity(ownerId, id);
            long revision = e.revisionOrZero();
            if (ifMatch != null && ifMatch != revision) {
                throw stale(id, ifMatch, revision);
            }
            DatasetInfo dataset = datasets.requireReady(e.datasetId, ownerId, token);
            change.apply(e, dataset);
            e.datasetVersion = dataset.version();
            e.updatedAt = Instant.now();
            if (dashboards.replaceIfRevision(e, revision)) {
                e.revision = revision + 1;
                return DashboardMapper.toView(e, hydrator.hydrate(json.read(e.componentsJson), dataset));
            }
            if (ifMatch != null) {
                throw stale(id, ifMatch, service.entity(ownerId, id).revisionOrZero());
            }
        }
        throw ProblemException.conflict("The dashboard is being changed by someone else right now; try again.");
    }

    /** The revision a change must be made on, or null for "the latest". */
    private static Long expected(Long ifMatch) {
        return ifMatch == null || ifMatch == ANY_REVISION ? null : ifMatch;
    }

    private static ProblemException stale(String id, long yours, long current) {
        return new ProblemException(
                412,
                "Precondition Failed",
                "The dashboard changed since you loaded it (you edited revision " + yours + ", it is now at " + current
                        + "). Load it again (GET /api/dashboards/" + id + ") and reapply your change.");
    }
}
