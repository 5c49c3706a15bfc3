package io.datasage.dashboard.repository;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/** A saved dashboard: its tiles (as JSON text: specs hold values of any JSON type) and insights, in {@code dashboards}. */
@MongoEntity(collection = "dashboards")
public class DashboardEntity {

    @BsonId
    public String id;

    public String ownerId;
    public String datasetId;
    /** The dataset version the dashboard was last rendered against; moved on by {@code dataset.ready}. */
    public Integer datasetVersion;

    public String title;
    public String domain;
    public String pattern;
    /** Who designed the layout: {@code designer} (offline) or {@code llm:<model>}. */
    public String designedBy;
    /** Why the layout looks as it does (the main breakdown and what it explains). */
    public String explanation;
    /** The component plans (id, type, title, span, height, spec, pinned, origin, display) as a JSON array. */
    public String componentsJson;

    public List<String> insights;
    /** Bumped by every change; the ETag of the dashboard, checked against If-Match. Null in documents written before revisions existed (read as 0). */
    public Long revision;

    public Instant createdAt;
    public Instant updatedAt;

    /** The revision, 0 for documents written before revisions existed. */
    public long revisionOrZero() {
        return revision == null ? 0 : revision;
    }
}
