package io.datasage.infra.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A directory that is a size-limited tmpfs, for tests of a full disk: writes beyond the limit fail with "No space
 * left on device" as on a full volume. Mounting needs root (CAP_SYS_ADMIN); {@link #supported()} says whether
 * this machine allows it.
 */
public final class SizeLimitedDir implements AutoCloseable {

    private static Boolean supported;

    private final Path dir;

    private SizeLimitedDir(Path dir) {
        this.dir = dir;
    }

    /** True when a tmpfs can be mounted here (tried once per JVM). */
    public static synchronized boolean supported() {
        if (supported == null) {
            try {
                Path probe = Files.createTempDirectory("datasage-tmpfs-probe-");
                try (SizeLimitedDir mounted = mount(probe, 1 << 20)) {
                    supported = Files.getFileStore(mounted.dir).type().equals("tmpfs");
                } finally {
                    Files.deleteIfExists(probe);
                }
            } catch (IOException | RuntimeException e) {
                supported = false;
            }
        }
        return supported;
    }

    /** Mounts a tmpfs of {@code bytes} over {@code dir} (created if missing; what it held is hidden meanwhile). */
    public static SizeLimitedDir mount(Path dir, long bytes) throws IOException {
        Files.createDirectories(dir);
        run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", dir.toString());
        return new SizeLimitedDir(dir);
    }

    /** Changes the size limit, keeping the content (it cannot go below what is used). */
    public void resize(long bytes) throws IOException {
        run("mount", "-o", "remount,size=" + bytes, dir.toString());
    }

    /** Makes the directory read-only (writes fail with "Read-only file system", even for root). */
    public void readOnly() throws IOException {
        run("mount", "-o", "remount,ro", dir.toString());
    }

    /** Bytes in use. */
    public long used() throws IOException {
        var store = Files.getFileStore(dir);
        return store.getTotalSpace() - store.getUnallocatedSpace();
    }

    /** The mounted directory. */
    public Path dir() {
        return dir;
    }

    /**
     * Unmounts the tmpfs; the directory shows what it held before. Lazily: a process that still has a file of it
     * open (a memory-mapped Arrow file) keeps it until it lets go.
     */
    @Override
    public void close() throws IOException {
        run("umount", "-l", dir.toString());
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", List.of(command)) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }
}
