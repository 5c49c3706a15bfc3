package io.datasage.ai.llm;

import java.util.Locale;

/** How strictly a provider is asked for JSON. */
public enum OutputMode {
    /** A JSON schema the provider enforces while decoding (Ollama {@code format}, OpenAI {@code json_schema}). */
    JSON_SCHEMA,
    /** Plain JSON mode ({@code format: "json"}, {@code response_format: json_object}) for servers without schemas. */
    JSON,
    /** No response format: the prompt alone asks for JSON and the lenient parser copes. */
    TEXT;

    /** {@code json-schema}, {@code json} or {@code text}. */
    public static OutputMode parse(String mode) {
        String key = mode == null ? "" : mode.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (OutputMode m : values()) {
            if (m.name().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown output mode '" + mode + "'; modes are: json-schema, json, text");
    }
}
