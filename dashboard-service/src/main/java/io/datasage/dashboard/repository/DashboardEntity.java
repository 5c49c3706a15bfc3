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
    public String title;
    public String domain;
    public String pattern;
    /** The component plans (type, title, span, spec) as a JSON array. */
    public String componentsJson;

    public List<String> insights;
    public Instant createdAt;
    public Instant updatedAt;
}
