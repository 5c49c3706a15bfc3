package io.datasage.chat.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Settings of chat-service. */
@ConfigMapping(prefix = "datasage.chat")
public interface ChatConfig {

    /** Root directory of stored files (read-only here): {@code <root>/<datasetId>/data.arrow}. */
    Path storageRoot();

    /** Bytes of Arrow files kept open (memory-mapped) in the LRU cache. */
    @WithDefault("1073741824")
    long arrowCacheBytes();

    /** Messages kept per conversation; older ones are dropped. */
    @WithDefault("200")
    int maxMessages();

    /** Estimated bytes of recently rendered charts kept in memory per (dataset version, spec). */
    @WithDefault("33554432")
    long chartCacheBytes();

    /** Rows of the chart's data returned with a reply. */
    @WithDefault("100")
    int replyRows();

    /** Ask vector-service for columns the planner could not match by name. */
    @WithDefault("true")
    boolean semanticMatching();

    /**
     * Longest wait for similar past questions (few-shot examples for an LLM, suggestions for an unsure answer); the
     * answer goes without them after it.
     */
    @WithDefault("500ms")
    Duration examplesTimeout();

    /** Store validated question/spec pairs in vector-service's question memory. */
    @WithDefault("true")
    boolean questionMemory();
}
