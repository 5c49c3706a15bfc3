package io.datasage.chat.repository;

import java.time.Instant;
import java.util.Map;

/** One turn of a conversation; assistant turns carry the chart they answered with. */
public class MessageEntity {

    public String id;
    /** {@code user} or {@code assistant}. */
    public String role;

    public String content;
    public Map<String, Object> chartSpec;
    public Map<String, Object> chart;
    public String confidence;
    public String source;
    public Instant timestamp;
}
