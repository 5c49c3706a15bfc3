package io.datasage.dashboard.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A dashboard as the API shows it. */
public record DashboardView(
        String id, String datasetId, String title, List<Map<String, Object>> components, Instant createdAt, Instant updatedAt) {}
