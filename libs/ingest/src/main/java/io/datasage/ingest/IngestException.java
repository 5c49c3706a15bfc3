package io.datasage.ingest;

/**
 * An ingest that cannot complete, with a reason written for the person who uploaded the file.
 *
 * <p>{@link #reason()} is safe to show in the UI as-is (e.g. "row 1042 has 7 fields, expected 5"); {@link #phase()}
 * says where it stopped ({@code sniffing}, {@code parsing}, {@code writing}, {@code profiling}).
 */
public class IngestException extends Exception {

    private final String phase;
    private final String reason;

    public IngestException(String phase, String reason) {
        this(phase, reason, null);
    }

    public IngestException(String phase, String reason, Throwable cause) {
        super(reason, cause);
        this.phase = phase;
        this.reason = reason;
    }

    public String phase() {
        return phase;
    }

    public String reason() {
        return reason;
    }
}
