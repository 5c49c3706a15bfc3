/**
 * The LLM router: model roles mapped to ordered lists of providers (Ollama or any OpenAI-compatible endpoint
 * through LangChain4j), with timeouts, bounded retries, a circuit breaker per provider and cached health checks.
 * Plain Java: the services build a {@link io.datasage.ai.llm.LlmRouter} from their configuration.
 */
package io.datasage.ai.llm;
