package io.datasage.chat.repository;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/** A conversation about one dataset, with its messages, as stored in {@code conversations}. */
@MongoEntity(collection = "conversations")
public class ConversationEntity {

    @BsonId
    public String id;

    public String ownerId;
    public String datasetId;
    public String title;
    public List<MessageEntity> messages = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;
}
