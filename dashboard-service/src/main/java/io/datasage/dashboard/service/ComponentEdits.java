package io.datasage.dashboard.service;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.dashboard.design.ComponentPlan;
import io.datasage.dashboard.rest.DashboardRequests.ComponentInput;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the tiles of an edit into stored components: existing tiles (by id) keep what the edit leaves out, new
 * tiles get ids, and every new or changed spec is rendered once against the data so that a spec that does not fit
 * is refused with the tile and the reason named, instead of being saved broken.
 */
@ApplicationScoped
public class ComponentEdits {

    /** Most tiles a dashboard may hold. */
    public static final int MAX_COMPONENTS = 40;

    static final int MAX_TITLE = 120;

    private final DashboardHydrator hydrator;

    public ComponentEdits(DashboardHydrator hydrator) {
        this.hydrator = hydrator;
    }

    /** The new component list of an edit, checked against the data. */
    public List<ComponentPlan> apply(List<ComponentPlan> current, List<ComponentInput> edit, DatasetInfo dataset) {
        if (edit.size() > MAX_COMPONENTS) {
            throw ProblemException.unprocessable(
                    "A dashboard holds at most " + MAX_COMPONENTS + " tiles; this edit has " + edit.size() + ".");
        }
        Map<String, ComponentPlan> byId = new LinkedHashMap<>();
        current.forEach(c -> byId.put(c.id(), c));
        Set<String> used = new HashSet<>();
        List<ComponentPlan> out = new ArrayList<>(edit.size());
        for (int i = 0; i < edit.size(); i++) {
            ComponentInput in = edit.get(i);
            if (in == null) {
                throw ProblemException.unprocessable("components[" + i + "] is null; send a tile object.");
            }
            ComponentPlan before = null;
            if (in.id() != null) {
                before = byId.get(in.id());
                if (before == null) {
                    throw ProblemException.unprocessable("components[" + i + "] names tile '" + in.id()
                            + "', which is not on this dashboard; leave 'id' out to add a new tile. Tiles are: "
                            + String.join(", ", byId.keySet()) + ".");
                }
                if (!used.add(in.id())) {
                    throw ProblemException.unprocessable(
                            "components[" + i + "] repeats tile '" + in.id() + "'; each tile may appear once.");
                }
            }
            out.add(merged(i, before, in, dataset));
        }
        return out;
    }

    /** A new tile from a spec (pinned from a chat answer or sent by the user), checked against the data. */
    public ComponentPlan pinned(
            ChartSpec spec, String title, Integer span, Integer height, String origin, DatasetInfo dataset) {
        ComponentInput in = new ComponentInput(null, null, title, span, height, spec, true, null);
        return merged(0, null, in, dataset).withOrigin(origin);
    }

    private ComponentPlan merged(int index, ComponentPlan before, ComponentInput in, DatasetInfo dataset) {
        String where = "components[" + index + "]";
        ChartSpec spec = in.spec() != null ? in.spec() : before == null ? null : before.spec();
        if (spec == null || spec.chartType() == null || spec.chartType().isBlank()) {
            throw ProblemException.unprocessable(where + " needs a 'spec' with at least 'chart_type', e.g."
                    + " {\"chart_type\": \"bar\", \"x\": \"region\", \"y\": [\"sales\"]}.");
        }
        String type = in.type() != null ? in.type().toLowerCase(Locale.ROOT) : ComponentPlan.typeOf(spec);
        if (!ComponentPlan.TYPES.contains(type)) {
            throw ProblemException.unprocessable(
                    where + ".type must be one of kpi, chart, table; got '" + in.type() + "'.");
        }
        int span = pick(where + ".span", in.span(), before == null ? 0 : before.span(), 4);
        int height = pick(where + ".height", in.height(), before == null ? 0 : before.height(), 6);
        var display = in.display() != null ? in.display() : before == null ? null : before.display();
        if (display != null && display.problem() != null) {
            throw ProblemException.unprocessable(where + ": " + display.problem() + ".");
        }
        String title = in.title() != null ? in.title().strip() : before == null ? null : before.title();
        if (title != null && title.length() > MAX_TITLE) {
            throw ProblemException.unprocessable(
                    where + ".title is " + title.length() + " characters; keep it under " + MAX_TITLE + ".");
        }
        boolean pinned = in.pinned() != null ? in.pinned() : before != null && before.pinned();
        ComponentPlan plan = new ComponentPlan(
                before == null ? ComponentPlan.newId() : before.id(),
                type,
                title,
                span,
                height,
                spec,
                pinned,
                before == null ? "user" : before.origin(),
                display);
        boolean changed = before == null
                || !Objects.equals(SpecHash.of(spec), SpecHash.of(before.spec()))
                || !Objects.equals(display, before.display());
        if (!changed && title != null) {
            return plan;
        }
        RenderedChart chart;
        try {
            chart = hydrator.render(plan, dataset);
        } catch (ProblemException e) {
            if (e.status() != 422) {
                throw e;
            }
            String name = title == null ? "" : " ('" + title + "')";
            throw ProblemException.unprocessable(where + name + " does not fit the data: " + e.getMessage());
        }
        return title != null ? plan : withTitle(plan, figureTitle(chart));
    }

    private static int pick(String field, Integer given, int before, int max) {
        if (given == null) {
            return before;
        }
        if (given < 1 || given > max) {
            throw ProblemException.unprocessable(field + " must be between 1 and " + max + "; got " + given + ".");
        }
        return given;
    }

    private static ComponentPlan withTitle(ComponentPlan p, String title) {
        return new ComponentPlan(
                p.id(), p.type(), title, p.span(), p.height(), p.spec(), p.pinned(), p.origin(), p.display());
    }

    /** The title the engine gave the figure ("Sum of Sales by Region"). */
    @SuppressWarnings("unchecked")
    static String figureTitle(RenderedChart chart) {
        Object layout = chart.figure() == null ? null : chart.figure().get("layout");
        Object title = layout instanceof Map ? ((Map<String, Object>) layout).get("title") : null;
        Object text = title instanceof Map ? ((Map<String, Object>) title).get("text") : title;
        return text == null ? chart.spec().chartType() : String.valueOf(text);
    }
}
