package io.datasage.ai.llm;

import io.datasage.ai.validation.InvalidAnswerException;

/**
 * Turns a model's raw reply into something usable, or says precisely what is wrong so the model can be asked once
 * to fix it.
 *
 * @param <T> what a usable reply becomes
 */
@FunctionalInterface
public interface AnswerCheck<T> {

    /** The usable value; throws with a message written for the model when the reply cannot be used. */
    T check(String reply) throws InvalidAnswerException;
}
