package io.datasage.ai.prompt;

/**
 * A built prompt and its measured size.
 *
 * @param system the rules and the answer's shape (the same for every question)
 * @param user the dataset, the conversation, the examples and the question
 * @param chars characters of both parts
 * @param estimatedTokens an estimate of their tokens ({@link TokenEstimate}), meant to err on the high side
 * @param detail how much of the dataset it shows: 0 = everything, 1 = fewer values, 2 = no values, 3 = fewer columns
 */
public record Prompt(String system, String user, int chars, int estimatedTokens, int detail) {

    static Prompt of(String system, String user, int detail) {
        return new Prompt(
                system,
                user,
                system.length() + user.length(),
                TokenEstimate.of(system) + TokenEstimate.of(user) + TokenEstimate.MESSAGE_OVERHEAD * 2,
                detail);
    }
}
