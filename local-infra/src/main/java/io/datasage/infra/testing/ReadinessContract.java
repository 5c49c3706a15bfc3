package io.datasage.infra.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every service promises ops: ready only when its real dependencies are reachable, and an OpenAPI
 * document. A service's {@code HealthTest} extends this and names the checks it must report.
 */
public abstract class ReadinessContract {

    /** Words that must appear in the names of the readiness checks, e.g. "MongoDB", "Kafka". */
    protected abstract List<String> requiredChecks();

    /**
     * Names of Prometheus metrics the service must publish at {@code /q/metrics} besides the HTTP server's
     * latencies: a service with Kafka consumers adds the consumer lag, a service with its own meters adds them.
     */
    protected List<String> requiredMetrics() {
        return List.of();
    }

    /** Waits for work a service does after start before it may be ready (none by default). */
    protected void awaitStartup() {}

    @Test
    void readyWithItsDependencies() throws InterruptedException {
        awaitStartup();
        // Readiness may lag a moment behind start-up (or behind another test that restarted the broker).
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (given().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        ValidatableResponse ready =
                given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        for (String check : requiredChecks()) {
            ready.body("checks.name", hasItem(containsString(check)));
        }
    }

    @Test
    void publishesPrometheusMetrics() throws InterruptedException {
        awaitStartup();
        // Any application request is timed, an unknown path too (as uri="NOT_FOUND").
        given().get("/metrics-probe-" + System.nanoTime()).then().statusCode(404);
        List<String> expected = new java.util.ArrayList<>(List.of("http_server_requests_seconds_count"));
        expected.addAll(requiredMetrics());
        // Kafka client meters appear once the consumers have joined; give them the readiness allowance.
        long deadline = System.nanoTime() + 60_000_000_000L;
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        while (!expected.stream().allMatch(metrics::contains) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        }
        for (String name : expected) {
            if (!metrics.contains(name)) {
                throw new AssertionError("/q/metrics has no " + name + "; it has:\n" + metrics);
            }
        }
    }

    @Test
    void publishesOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", containsString("3."));
    }
}
