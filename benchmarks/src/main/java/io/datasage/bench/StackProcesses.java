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

    /** Resident set size in MB of each running service, in the order of the stack. */
    Map<String, Long> residentMb() {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            try {
                String pid =
                        Files.readString(runDir.resolve(component + ".pid")).trim();
                for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss.put(component, Long.parseLong(line.replaceAll("\\D", "")) >> 10);
                    }
                }
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
