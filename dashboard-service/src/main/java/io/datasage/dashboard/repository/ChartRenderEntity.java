package io.datasage.dashboard.repository;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/** A rendered chart kept in {@code chart_renders}, keyed by dataset, dataset version and spec hash. */
@MongoEntity(collection = "chart_renders")
public class ChartRenderEntity {

    /** {@code <datasetId>:<version>:<specHash>}. */
    @BsonId
    public String id;

    public String datasetId;
    public int version;
    public String specHash;
    /** The render result as JSON text: figures hold numbers of every Java type, which BSON would not all take. */
    public String resultJson;

    public Instant createdAt;
}
