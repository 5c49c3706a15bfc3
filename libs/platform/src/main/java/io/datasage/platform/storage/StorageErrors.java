package io.datasage.platform.storage;

import java.util.Locale;

/** Recognises a full storage root (or an exhausted quota) among the errors of writing a file. */
public final class StorageErrors {

    private StorageErrors() {}

    /** True when {@code error} or one of its causes says the disk or quota is full. */
    public static boolean full(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            // ENOSPC and EDQUOT as the JDK words them on Linux and macOS.
            if (message.contains("no space left on device") || message.contains("disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }
}
