package io.datasage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The processes `./datasage up` started, found by their PID files: resident memory of each (Linux only). */
final class StackProcesses {

    private static final String[] COMPONENTS = {"gateway", "dataset", "worker", "chat", "dashboard", "vector"};

    private final Path runDir;

    StackProcesses(Path runDir) {
        this.runDir = runDir;
    }

    /**
     * Resident memory of each running service, in the order of the stack: its RSS in MB and, when the file-backed part
     * is large, how much of it is memory-mapped files ("chat 464 (284 mapped)"). Mapped pages of the datasets' Arrow
     * files are page cache the kernel takes back under pressure; the rest (heap, native buffers) is the service's own.
     */
    Map<String, String> residentMb() {
        Map<String, String> rss = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            try {
                String pid =
                        Files.readString(runDir.resolve(component + ".pid")).trim();
                Map<String, Long> status = new LinkedHashMap<>();
                for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && (line.startsWith("Rss") || line.startsWith("VmRSS"))) {
                        status.put(line.substring(0, colon), Long.parseLong(line.replaceAll("\\D", "")) >> 10);
                    }
                }
                long total = status.getOrDefault("VmRSS", 0L);
                long mapped = status.getOrDefault("RssFile", 0L);
                // Class files and the JDK's own mapped archive account for a few dozen MB in every JVM.
                rss.put(component, mapped >= 64 ? total + " (" + mapped + " mapped)" : Long.toString(total));
            } catch (IOException | NumberFormatException e) {
                // Not started by this data directory (or not Linux): nothing to report for it.
            }
        }
        return rss;
    }

    /** The 1-minute load average, to read the timings beside. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
