/**
 * A question to a rendered chart: the chat_engine role's LLMs first when configured (prompt, lenient parsing,
 * validation against the real columns, a dry render, one repair round per provider), then the offline planner.
 */
package io.datasage.ai.answer;
