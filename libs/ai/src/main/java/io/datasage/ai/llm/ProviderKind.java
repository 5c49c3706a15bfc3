package io.datasage.ai.llm;

import java.util.Locale;

/** The HTTP API a provider speaks. */
public enum ProviderKind {
    /** Ollama's native API: {@code POST /api/chat}, health from {@code GET /api/tags}. */
    OLLAMA("/api/tags"),
    /** Any OpenAI-compatible API: {@code POST /chat/completions} under the base URL, health from {@code GET /models}. */
    OPENAI("/models");

    private final String healthPath;

    ProviderKind(String healthPath) {
        this.healthPath = healthPath;
    }

    /** The cheap GET that shows the provider is up, relative to the base URL. */
    public String healthPath() {
        return healthPath;
    }

    /** {@code ollama} or {@code openai} (also {@code open-ai}, {@code openai-compatible}). */
    public static ProviderKind parse(String kind) {
        String key = kind == null
                ? ""
                : kind.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (key.equals("ollama")) {
            return OLLAMA;
        }
        if (key.equals("openai") || key.equals("openaicompatible")) {
            return OPENAI;
        }
        throw new IllegalArgumentException("unknown provider kind '" + kind + "'; kinds are: ollama, openai");
    }
}
