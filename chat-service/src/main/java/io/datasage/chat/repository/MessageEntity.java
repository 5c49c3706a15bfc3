package io.datasage.chat.repository;

import java.time.Instant;

/**
 * One turn of a conversation; assistant turns carry the spec and the figure they answered with, as JSON text
 * (figures hold numbers of every Java type, and a large one is left out to keep the conversation document small),
 * how the chart was computed, and the suggestions offered with it (JSON text of {@code [{text, chart_spec}]}).
 */
public class MessageEntity {

    public String id;
    /** {@code user} or {@code assistant}. */
    public String role;

    public String content;
    public String chartSpecJson;
    public String chartJson;
    public String confidence;
    public String source;
    public String explanation;
    public String sql;
    public String suggestionsJson;
    public Instant timestamp;
}
