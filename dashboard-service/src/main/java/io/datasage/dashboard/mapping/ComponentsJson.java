package io.datasage.dashboard.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.dashboard.design.ComponentPlan;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Components as stored: a JSON array in the dashboard document. Documents written before components had ids
 * get stable ones from their position ({@code c1}, {@code c2}, ...).
 */
@ApplicationScoped
public class ComponentsJson {

    private static final TypeReference<List<ComponentPlan>> PLANS = new TypeReference<>() {};

    private final ObjectMapper mapper;

    public ComponentsJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The stored components, each with an id. */
    public List<ComponentPlan> read(String json) {
        List<ComponentPlan> plans;
        try {
            plans = json == null ? List.of() : mapper.readValue(json, PLANS);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored dashboard is unreadable", ex);
        }
        List<ComponentPlan> out = new ArrayList<>(plans.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            ComponentPlan p = plans.get(i);
            String id = p.id() == null || !seen.add(p.id()) ? "c" + (i + 1) : p.id();
            seen.add(id);
            out.add(p.id() == null || !id.equals(p.id()) ? p.withId(id) : p);
        }
        return out;
    }

    /** The components as JSON text. */
    public String write(List<ComponentPlan> plans) {
        try {
            return mapper.writeValueAsString(plans);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
