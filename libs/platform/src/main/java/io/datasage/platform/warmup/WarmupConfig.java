package io.datasage.platform.warmup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much warm-up a service does as it starts. */
@ConfigMapping(prefix = "datasage.warmup")
public interface WarmupConfig {

    /** Rounds of each warm-up task (0 turns warm-up off). */
    @WithDefault("30")
    int rounds();

    /** Longest the whole warm-up may take; on a busy machine it stops early rather than delay readiness. */
    @WithDefault("30s")
    Duration maxTime();
}
