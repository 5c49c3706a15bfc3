package io.datasage.dashboard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.dashboard.design.ComponentPlan;
import io.datasage.dashboard.design.DashboardDesign;
import io.datasage.dashboard.design.DashboardDesigner;
import io.datasage.dashboard.repository.DashboardEntity;
import io.datasage.dashboard.repository.DashboardRepository;
import io.datasage.dashboard.rest.DashboardView;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.datasets.DatasetsClient;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Designs, stores and shows a user's dashboards; every tile is rendered by the chart engine from the real data. */
@ApplicationScoped
public class DashboardService {

    private static final TypeReference<List<ComponentPlan>> PLANS = new TypeReference<>() {};

    private final DashboardRepository dashboards;
    private final DatasetsClient datasets;
    private final ChartService charts;
    private final ObjectMapper mapper;
    private final DashboardDesigner designer = new DashboardDesigner();

    public DashboardService(
            DashboardRepository dashboards, DatasetsClient datasets, ChartService charts, ObjectMapper mapper) {
        this.dashboards = dashboards;
        this.datasets = datasets;
        this.charts = charts;
        this.mapper = mapper;
    }

    /** Designs a dashboard for the caller's READY dataset, stores it and returns it rendered. */
    public DashboardView design(String ownerId, String token, String datasetId) {
        DatasetInfo dataset = datasets.requireReady(datasetId, token);
        DashboardDesign design = designer.design(
                dataset.name(), dataset.profile() == null ? Map.of() : dataset.profile(), dataset.domainHints());
        DashboardEntity e = new DashboardEntity();
        e.id = UUID.randomUUID().toString();
        e.ownerId = ownerId;
        e.datasetId = datasetId;
        e.title = design.title();
        e.domain = design.domain();
        e.pattern = design.pattern();
        e.componentsJson = write(design.components());
        e.insights = design.insights();
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        DashboardView view = hydrate(e, dataset);
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

    /** The dashboard with its tiles rendered against the dataset's current data. */
    public DashboardView get(String ownerId, String token, String id) {
        DashboardEntity e = entity(ownerId, id);
        return hydrate(e, datasets.requireReady(e.datasetId, token));
    }

    /** Deletes the dashboard, or 404. */
    public void delete(String ownerId, String id) {
        dashboards.delete(entity(ownerId, id));
    }

    /** The stored dashboard, or 404 when it does not exist or belongs to someone else. */
    public DashboardEntity entity(String ownerId, String id) {
        return dashboards
                .findByIdAndOwner(id, ownerId)
                .orElseThrow(() -> ProblemException.notFound("No dashboard with id " + id + "."));
    }

    private DashboardView hydrate(DashboardEntity e, DatasetInfo dataset) {
        List<DashboardView.Component> components = new ArrayList<>();
        for (ComponentPlan plan : read(e.componentsJson)) {
            try {
                RenderedChart chart = charts.render(dataset, plan.spec());
                components.add(new DashboardView.Component(
                        plan.type(), plan.title(), plan.span(), chart.spec(), chart.figure(), chart.summary(), null));
            } catch (ProblemException failed) {
                // A tile whose spec no longer fits the data (e.g. the dataset was re-analysed) says why instead of
                // failing the page.
                components.add(new DashboardView.Component(
                        plan.type(), plan.title(), plan.span(), plan.spec(), null, null, failed.getMessage()));
            }
        }
        return new DashboardView(
                e.id, e.datasetId, e.title, e.domain, e.pattern, components, e.insights, e.createdAt, e.updatedAt);
    }

    private String write(List<ComponentPlan> plans) {
        try {
            return mapper.writeValueAsString(plans);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private List<ComponentPlan> read(String json) {
        try {
            return json == null ? List.of() : mapper.readValue(json, PLANS);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored dashboard is unreadable", ex);
        }
    }
}
