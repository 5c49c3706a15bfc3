package io.datasage.ingest.bench;

import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/** Ingests one CSV in its own JVM (started with a small -Xmx by a test) and prints rows and peak heap. */
public final class MemoryProbe {

    private MemoryProbe() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        IngestResult result = new Ingestor(IngestOptions.defaults())
                .ingest(file, SourceFormat.CSV, file.resolveSibling("probe.arrow"), null);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long sketched = result.profile().columnProfiles().stream()
                .filter(c -> c.numeric() != null && c.numeric().quantilesApproximate())
                .count();
        System.out.println("rows=" + result.profile().rows() + " peakHeapMB=" + (peak >> 20) + " sketched=" + sketched);
    }
}
