package io.datasage.platform.warmup;

/**
 * Work on built-in sample data that makes a service's first request about as fast as its tenth: {@link Warmup}
 * runs its rounds in the background as the service starts, so the JIT has compiled the hot paths before a user
 * arrives.
 */
public interface WarmupTask {

    /** Name for the log. */
    String name();

    /** One round of the work; called several times. */
    void round() throws Exception;

    /** Called once after the last round, whatever happened: removes what the rounds created. */
    default void finish() {}
}
