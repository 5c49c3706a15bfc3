package io.datasage.dashboard.service;

import io.datasage.dashboard.client.ChatAnswer;
import io.datasage.dashboard.client.ConversationsClient;
import io.datasage.dashboard.design.ComponentPlan;
import io.datasage.dashboard.design.DashboardDesign;
import io.datasage.dashboard.mapping.ComponentsJson;
import io.datasage.dashboard.mapping.DashboardMapper;
import io.datasage.dashboard.repository.DashboardEntity;
import io.datasage.dashboard.repository.DashboardRepository;
import io.datasage.dashboard.repository.ShareRepository;
import io.datasage.dashboard.rest.DashboardRequests.CreateRequest;
import io.datasage.dashboard.rest.DashboardView;
import io.datasage.platform.datasets.DatasetCatalog;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Designs, creates, stores and shows a user's dashboards; every tile is rendered by the chart engine from the real data. */
@ApplicationScoped
public class DashboardService {

    private final DashboardRepository dashboards;
    private final ShareRepository shares;
    private final DatasetCatalog datasets;
    private final ConversationsClient conversations;
    private final DashboardHydrator hydrator;
    private final DesignService designs;
    private final ComponentEdits edits;
    private final ComponentsJson json;

    public DashboardService(
            DashboardRepository dashboards,
            ShareRepository shares,
            DatasetCatalog datasets,
            ConversationsClient conversations,
            DashboardHydrator hydrator,
            DesignService designs,
            ComponentEdits edits,
            ComponentsJson json) {
        this.dashboards = dashboards;
        this.shares = shares;
        this.datasets = datasets;
        this.conversations = conversations;
        this.hydrator = hydrator;
        this.designs = designs;
        this.edits = edits;
        this.json = json;
    }

    /** Designs a dashboard for the caller's READY dataset, stores it and returns it rendered. */
    public DashboardView design(String ownerId, String token, String datasetId) {
        DatasetInfo dataset = datasets.requireReady(datasetId, ownerId, token);
        DashboardDesign design = designs.design(dataset);
        DashboardEntity e = newEntity(ownerId, dataset, design.title());
        e.domain = design.domain();
        e.pattern = design.pattern();
        e.designedBy = design.designedBy();
        e.explanation = design.explanation();
        e.insights = design.insights();
        e.componentsJson = json.write(design.components());
        DashboardView view = DashboardMapper.toView(e, hydrator.hydrate(design.components(), dataset));
        dashboards.persist(e);
        return view;
    }

    /**
     * Creates a dashboard by hand: empty, with the given tiles, or starting from one pinned chart (a chat answer
     * or a spec).
     */
    public DashboardView create(String ownerId, String token, CreateRequest request) {
        boolean fromChat = request.conversationId() != null || request.messageId() != null;
        if (fromChat && (request.conversationId() == null || request.messageId() == null)) {
            throw ProblemException.badRequest(
                    "To start from a chat answer send both 'conversation_id' and 'message_id'.");
        }
        ChatAnswer answer =
                fromChat ? conversations.answer(request.conversationId(), request.messageId(), token) : null;
        String datasetId = answer != null ? answer.datasetId() : request.datasetId();
        if (datasetId == null || datasetId.isBlank()) {
            throw ProblemException.badRequest(
                    "Send 'dataset_id' (or 'conversation_id' and 'message_id' of a chat answer)"
                            + " to create a dashboard.");
        }
        if (answer != null
                && request.datasetId() != null
                && !request.datasetId().equals(answer.datasetId())) {
            throw ProblemException.unprocessable("That chat answer is about dataset " + answer.datasetId() + ", not "
                    + request.datasetId() + "; a dashboard shows one dataset.");
        }
        DatasetInfo dataset = datasets.requireReady(datasetId, ownerId, token);
        List<ComponentPlan> components = new ArrayList<>();
        if (request.components() != null) {
            components.addAll(edits.apply(List.of(), request.components(), dataset));
        }
        if (answer != null) {
            components.add(0, edits.pinned(answer.spec(), null, null, null, "chat", dataset));
        } else if (request.spec() != null) {
            components.add(0, edits.pinned(request.spec(), null, null, null, "user", dataset));
        }
        String title = DashboardTitles.dashboard(request.title(), answer, dataset);
        DashboardEntity e = newEntity(ownerId, dataset, title);
        e.designedBy = "user";
        e.insights = List.of();
        e.componentsJson = json.write(components);
        DashboardView view = DashboardMapper.toView(e, hydrator.hydrate(components, dataset));
        dashboards.persist(e);
        return view;
    }

    /** One page of the owner's dashboards (tiles not rendered). */
    public List<DashboardEntity> list(String ownerId, int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw ProblemException.badRequest(
                    "page must be 0 or more and size between 1 and 100; got page=" + page + ", size=" + size + ".");
        }
        return dashboards.listAllWhereOwner(ownerId, page, size);
    }

    /** The dashboard with its tiles rendered against the dataset's current version. */
    public DashboardView get(String ownerId, String token, String id) {
        DashboardEntity e = entity(ownerId, id);
        DatasetInfo dataset = datasets.requireReady(e.datasetId, ownerId, token);
        e.datasetVersion = dataset.version();
        return DashboardMapper.toView(e, hydrator.hydrate(json.read(e.componentsJson), dataset));
    }

    /** Deletes the dashboard and revokes its links, or 404. */
    public void delete(String ownerId, String id) {
        DashboardEntity e = entity(ownerId, id);
        shares.deleteByDashboard(e.id);
        dashboards.delete(e);
    }

    /** The stored dashboard, or 404 when it does not exist or belongs to someone else. */
    public DashboardEntity entity(String ownerId, String id) {
        return dashboards
                .findByIdAndOwner(id, ownerId)
                .orElseThrow(() -> ProblemException.notFound("No dashboard with id " + id + "."));
    }

    private static DashboardEntity newEntity(String ownerId, DatasetInfo dataset, String title) {
        DashboardEntity e = new DashboardEntity();
        e.id = UUID.randomUUID().toString();
        e.ownerId = ownerId;
        e.datasetId = dataset.id();
        e.datasetVersion = dataset.version();
        e.title = title;
        e.revision = 1L;
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        return e;
    }
}
