package io.datasage.dashboard.repository;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/** A saved dashboard: its layout and components, as stored in {@code dashboards}. */
@MongoEntity(collection = "dashboards")
public class DashboardEntity {

    @BsonId
    public String id;

    public String ownerId;
    public String datasetId;
    public String title;
    public List<Map<String, Object>> components;
    public Instant createdAt;
    public Instant updatedAt;
}
