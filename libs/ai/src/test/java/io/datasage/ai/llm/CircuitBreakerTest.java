package io.datasage.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The circuit breaker on a fake clock, the retry waits, and the settings' checks. */
class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), now::get);

    @Test
    void opensAfterConsecutiveFailuresAndProbesOnceAfterTheWait() {
        fail(2);
        breaker.success();
        fail(2);
        assertThat(breaker.state()).as("a success resets the count").isEqualTo(CircuitBreaker.State.CLOSED);
        fail(1);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();

        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.tryAcquire()).as("one probe").isTrue();
        assertThat(breaker.tryAcquire()).as("only one").isFalse();
        breaker.failure();
        assertThat(breaker.state()).as("a failed probe opens it again").isEqualTo(CircuitBreaker.State.OPEN);

        now.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.success();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheMaximumAndOnlyForPassingFailures() {
        RetryPolicy retry = new RetryPolicy(2, Duration.ofMillis(250), Duration.ofSeconds(2));
        assertThat(List.of(retry.backoff(1), retry.backoff(2), retry.backoff(3), retry.backoff(5)))
                .containsExactly(
                        Duration.ofMillis(250),
                        Duration.ofMillis(500),
                        Duration.ofMillis(1000),
                        Duration.ofMillis(2000));
        assertThat(retry.allows(1, new ProviderFailure(ProviderFailure.Kind.SERVER_ERROR, "503")))
                .isTrue();
        assertThat(retry.allows(1, new ProviderFailure(ProviderFailure.Kind.RATE_LIMITED, "429")))
                .isTrue();
        assertThat(retry.allows(1, new ProviderFailure(ProviderFailure.Kind.CONNECTION, "refused")))
                .isTrue();
        assertThat(retry.allows(3, new ProviderFailure(ProviderFailure.Kind.SERVER_ERROR, "503")))
                .isFalse();
        assertThat(retry.allows(1, new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "slow")))
                .isFalse();
        assertThat(retry.allows(1, new ProviderFailure(ProviderFailure.Kind.CLIENT_ERROR, "401")))
                .isFalse();
    }

    @Test
    void settingsNameWhatIsWrong() {
        ProviderSettings local =
                ProviderSettings.of("local", ProviderKind.OLLAMA, "http://localhost:11434", "llama3.1", null);
        assertThatThrownBy(() ->
                        RouterSettings.of(Map.of("local", local), Map.of(ModelRole.CHAT_ENGINE, List.of("cloud"))))
                .hasMessage("role chat-engine names provider 'cloud', which is not configured; providers are: local");
        assertThatThrownBy(() -> ProviderSettings.of("x", ProviderKind.OPENAI, "api.openai.com", "gpt", "k"))
                .hasMessageContaining("must start with http:// or https://");
        assertThat(ModelRole.parse("visualization_engine")).isEqualTo(ModelRole.VISUALIZATION_ENGINE);
        assertThat(ProviderKind.parse("OpenAI-compatible")).isEqualTo(ProviderKind.OPENAI);
        assertThat(local.withMaxRetries(0).toString()).doesNotContain("null");
        assertThat(ProviderSettings.of("c", ProviderKind.OPENAI, "https://x/v1", "m", "sk-secret")
                        .toString())
                .doesNotContain("sk-secret");
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.failure();
        }
    }
}
