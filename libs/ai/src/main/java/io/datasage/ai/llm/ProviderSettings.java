package io.datasage.ai.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * One configured model endpoint.
 *
 * @param name the operator's name for it ({@code local}, {@code cloud}); used in role lists and logs
 * @param kind the API it speaks
 * @param baseUrl Ollama's root ({@code http://localhost:11434}) or the OpenAI-compatible API root including its
 *     version ({@code https://api.openai.com/v1})
 * @param model the model name ({@code llama3.1}, {@code gpt-4o-mini}); replies name it as {@code llm:<model>}
 * @param apiKey the bearer key, or null (Ollama needs none)
 * @param timeout the longest one HTTP call may take
 * @param maxRetries extra attempts after a connection error, 429 or 5xx (0 = none)
 * @param outputMode how the provider is asked for JSON
 * @param temperature sampling temperature; low values keep specs stable
 */
public record ProviderSettings(
        String name,
        ProviderKind kind,
        String baseUrl,
        String model,
        String apiKey,
        Duration timeout,
        int maxRetries,
        OutputMode outputMode,
        double temperature) {

    public ProviderSettings {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("provider name must not be blank");
        }
        Objects.requireNonNull(kind, "kind of provider '" + name + "'");
        if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException(
                    "base URL of provider '" + name + "' must start with http:// or https://; got '" + baseUrl + "'");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model of provider '" + name + "' must not be blank");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout of provider '" + name + "' must be positive; got " + timeout);
        }
        if (maxRetries < 0 || maxRetries > 5) {
            throw new IllegalArgumentException(
                    "max retries of provider '" + name + "' must be within 0-5; got " + maxRetries);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        outputMode = outputMode == null ? OutputMode.JSON_SCHEMA : outputMode;
    }

    /** Settings with the defaults: 30 s timeout, 1 retry, JSON schema output, temperature 0. */
    public static ProviderSettings of(String name, ProviderKind kind, String baseUrl, String model, String apiKey) {
        return new ProviderSettings(
                name, kind, baseUrl, model, apiKey, Duration.ofSeconds(30), 1, OutputMode.JSON_SCHEMA, 0.0);
    }

    /** The same settings with another timeout. */
    public ProviderSettings withTimeout(Duration newTimeout) {
        return new ProviderSettings(
                name, kind, baseUrl, model, apiKey, newTimeout, maxRetries, outputMode, temperature);
    }

    /** The same settings with another retry count. */
    public ProviderSettings withMaxRetries(int retries) {
        return new ProviderSettings(name, kind, baseUrl, model, apiKey, timeout, retries, outputMode, temperature);
    }

    /** The same settings with another output mode. */
    public ProviderSettings withOutputMode(OutputMode mode) {
        return new ProviderSettings(name, kind, baseUrl, model, apiKey, timeout, maxRetries, mode, temperature);
    }

    @Override
    public String toString() {
        // Never print the key.
        return "ProviderSettings[name=" + name + ", kind=" + kind + ", baseUrl=" + baseUrl + ", model=" + model
                + ", apiKey=" + (apiKey == null ? "none" : "***") + ", timeout=" + timeout + ", maxRetries="
                + maxRetries
                + ", outputMode=" + outputMode + ", temperature=" + temperature + "]";
    }
}
