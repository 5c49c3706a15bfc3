/**
 * Everything an LLM returns is untrusted: lenient JSON extraction and unambiguous repairs, reading the answer
 * object (also in the original system's {@code chart_config}/{@code columns} form), the lead sentence a reply may
 * keep, and the preview streamed while a model writes.
 */
package io.datasage.ai.validation;
