package io.datasage.ai.prompt;

import io.datasage.ai.schema.DatasetSchema;
import java.util.List;
import java.util.Objects;

/**
 * Builds the chart question prompt: the fixed rules as the system part; the dataset table, the last messages of
 * the conversation, a few similar past questions with their specs and the question as the user part. When the
 * estimate passes the token budget, the dataset is shown with less detail: fewer values, then fewer columns (those
 * the question names kept first).
 * Stateless and thread-safe.
 */
public final class PromptBuilder {

    /** Messages of the conversation shown. */
    public static final int HISTORY = 3;
    /** Past questions shown as examples. */
    public static final int EXAMPLES = 3;
    /** The default token budget of a whole prompt. */
    public static final int DEFAULT_BUDGET = 1_500;

    private static final int QUESTION_CHARS = 2_000;
    private static final int TURN_CHARS = 300;
    private static final int MIN_COLUMNS = 8;

    private final int budget;

    public PromptBuilder() {
        this(DEFAULT_BUDGET);
    }

    /** @param budget the estimated tokens a prompt should stay under; detail is dropped until it does */
    public PromptBuilder(int budget) {
        if (budget < 300) {
            throw new IllegalArgumentException(
                    "a prompt budget under 300 tokens leaves no room for the rules; got " + budget);
        }
        this.budget = budget;
    }

    /**
     * The prompt for {@code question}.
     *
     * @param history earlier messages, oldest first; only the last {@value #HISTORY} are shown
     * @param examples similar past questions, best first; the first {@value #EXAMPLES} are shown
     */
    public Prompt build(String question, DatasetSchema schema, List<Turn> history, List<Example> examples) {
        Objects.requireNonNull(schema, "schema");
        String conversation = conversation(history == null ? List.of() : history);
        String shots = examples(examples == null ? List.of() : examples);
        String asked = "Question: " + PromptText.quote(question, QUESTION_CHARS) + "\n";
        return fit(SystemPrompt.TEXT, schema, question, conversation + shots + asked, budget);
    }

    /**
     * The prompt with the dataset in a {@code <data>} block followed by {@code rest}, shown with less detail until
     * the estimate fits {@code budget}: fewer values, then fewer columns (those whose names share words with
     * {@code keep} first).
     */
    static Prompt fit(String system, DatasetSchema schema, String keep, String rest, int budget) {
        int all = schema.columns().size();
        Prompt prompt = null;
        for (int detail = 0; detail <= DatasetTable.MAX_DETAIL; detail++) {
            prompt = prompt(system, schema, detail, all, keep, rest);
            if (prompt.estimatedTokens() <= budget) {
                return prompt;
            }
        }
        for (int columns = all * 4 / 5; columns >= MIN_COLUMNS; columns = columns * 4 / 5) {
            prompt = prompt(system, schema, DatasetTable.MAX_DETAIL, columns, keep, rest);
            if (prompt.estimatedTokens() <= budget) {
                return prompt;
            }
        }
        return prompt;
    }

    private static Prompt prompt(
            String system, DatasetSchema schema, int detail, int columns, String keep, String rest) {
        String user = "<data>\n" + DatasetTable.render(schema, detail, columns, keep) + "</data>\n" + rest;
        return Prompt.of(system, user, columns < schema.columns().size() ? detail + 1 : detail);
    }

    private static String conversation(List<Turn> history) {
        if (history.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Conversation so far:\n");
        for (Turn turn : history.subList(Math.max(0, history.size() - HISTORY), history.size())) {
            if (turn.fromUser()) {
                out.append("user: ")
                        .append(PromptText.quote(turn.text(), TURN_CHARS))
                        .append('\n');
            } else if (turn.spec() != null) {
                out.append("assistant chart: ")
                        .append(PromptText.spec(turn.spec()))
                        .append('\n');
            } else {
                out.append("assistant: ")
                        .append(PromptText.quote(turn.text(), TURN_CHARS))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String examples(List<Example> examples) {
        if (examples.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Answers to similar past questions:\n");
        for (Example e : examples.subList(0, Math.min(EXAMPLES, examples.size()))) {
            out.append(PromptText.quote(e.question(), TURN_CHARS))
                    .append(" -> ")
                    .append(PromptText.spec(e.spec()))
                    .append('\n');
        }
        return out.toString();
    }
}
