package io.datasage.ai.validation;

/**
 * A model's reply that cannot be used. The message is written for the model, which gets it back once to fix its
 * answer: it says what is wrong and what would work.
 */
public class InvalidAnswerException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidAnswerException(String message) {
        super(message);
    }

    public InvalidAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
