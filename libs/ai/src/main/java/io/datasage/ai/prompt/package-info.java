/**
 * Compact prompts: the rules and the answer's JSON schema, the dataset as a small table of columns (types, units,
 * ranges, a few quoted values), the last messages of the conversation and similar past questions as examples,
 * measured and kept under a token budget. Cell values and questions are quoted data, never instructions.
 */
package io.datasage.ai.prompt;
