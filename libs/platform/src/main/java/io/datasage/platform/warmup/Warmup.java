package io.datasage.platform.warmup;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Runs the service's {@link WarmupTask}s once in the background as it starts; readiness reports DOWN until they
 * are done, so `./datasage up` and load balancers send the first user to a warm service. A failing task is logged
 * and does not keep the service unready.
 */
@Readiness
@ApplicationScoped
public class Warmup implements HealthCheck {

    private final List<WarmupTask> tasks;
    private final WarmupConfig config;
    private volatile boolean done;
    private volatile long millis;

    public Warmup(@Any Instance<WarmupTask> tasks, WarmupConfig config) {
        this.tasks = tasks.stream().toList();
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (tasks.isEmpty() || config.rounds() <= 0) {
            done = true;
            return;
        }
        Thread thread = new Thread(this::run, "datasage-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long start = System.nanoTime();
        long deadline = start + config.maxTime().toNanos();
        for (WarmupTask task : tasks) {
            int rounds = 0;
            try {
                while (rounds < config.rounds() && System.nanoTime() < deadline) {
                    task.round();
                    rounds++;
                }
            } catch (Exception | LinkageError e) {
                Log.warnf(e, "Warm-up %s stopped after %d rounds", task.name(), rounds);
            } finally {
                task.finish();
            }
            Log.infof("Warm-up %s: %d rounds", task.name(), rounds);
        }
        millis = (System.nanoTime() - start) / 1_000_000;
        done = true;
        Log.infof("Warm-up done in %d ms", millis);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Warm-up")
                .status(done)
                .withData("millis", millis)
                .build();
    }
}
