/** The profile of a dataset as the planner and the LLM prompts see it: columns, types, units, top values, ranges. */
package io.datasage.ai.schema;
