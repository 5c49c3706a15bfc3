package io.datasage.ai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's rewording of computed findings: one sentence per finding, in order, and every number in a
 * reworded sentence one of its finding's own numbers (compared by value: {@code 1,234,567} is {@code 1234567};
 * {@code 41%} is not {@code 41.3%}). Numbers written in words (unless the finding uses the same word), markup and
 * links are refused too: the model never sees the rows, so a number it did not copy is invented.
 */
public final class FaithfulRewording {

    private static final int MAX_SENTENCE = 300;
    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d,.:/-]*\\d)?");
    // A tag or code, not a comparison: "p < 0.001" is fine, "<b>" is not.
    private static final Pattern MARKUP = Pattern.compile("<\\s*[/!a-zA-Z]|`");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Set<String> NUMBER_WORDS = Set.of(
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "million",
            "millions",
            "billion",
            "billions",
            "trillion",
            "dozen",
            "dozens",
            "half",
            "twice",
            "double",
            "doubled",
            "triple",
            "tripled",
            "quarter",
            "quarters",
            "third",
            "thirds");

    private FaithfulRewording() {}

    /** The reworded findings in {@code node} ({@code {"insights": [...]}}), each checked against its finding. */
    public static List<String> check(JsonNode node, List<String> findings) throws InvalidAnswerException {
        JsonNode list = node == null ? null : node.get("insights");
        if (list == null || !list.isArray()) {
            throw new InvalidAnswerException("insights is missing or not a list; reply {\"insights\": [...]}");
        }
        if (list.size() != findings.size()) {
            throw new InvalidAnswerException("you were given " + findings.size() + " findings and returned "
                    + list.size() + "; reword each one, in order");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            out.add(sentence(list.get(i), findings.get(i), i));
        }
        return out;
    }

    /** The numbers in {@code text}, by value: grouped and plain numbers as plain decimals, dates and times as written. */
    public static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        while (m.find()) {
            String token = m.group();
            out.add(
                    GROUPED.matcher(token).matches()
                            ? new BigDecimal(token.replace(",", ""))
                                    .stripTrailingZeros()
                                    .toPlainString()
                            : token);
        }
        return out;
    }

    private static String sentence(JsonNode node, String finding, int i) throws InvalidAnswerException {
        String text = node != null && node.isTextual()
                ? node.asText().replaceAll("\\s+", " ").strip()
                : "";
        if (text.isEmpty() || text.length() > MAX_SENTENCE) {
            throw new InvalidAnswerException(
                    "insights[" + i + "] must be one sentence of at most " + MAX_SENTENCE + " characters");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (MARKUP.matcher(text).find() || lower.contains("://") || lower.contains("www.")) {
            throw new InvalidAnswerException("insights[" + i + "] holds markup or a link; plain words only");
        }
        Set<String> findingWords =
                new HashSet<>(Arrays.asList(finding.toLowerCase(Locale.ROOT).split("[^a-z]+")));
        for (String word : lower.split("[^a-z]+")) {
            // "per quarter" in a trend is a period, not a number: a word the finding itself uses is fine.
            if (NUMBER_WORDS.contains(word) && !findingWords.contains(word)) {
                throw new InvalidAnswerException("insights[" + i + "] writes a number in words ('" + word
                        + "'); keep the finding's numbers as digits, exactly as written");
            }
        }
        Set<String> allowed = numbers(finding);
        Set<String> used = numbers(text);
        for (String n : used) {
            if (!allowed.contains(n)) {
                throw new InvalidAnswerException("insights[" + i + "] says " + n + ", which is not in the finding ("
                        + String.join(", ", allowed) + "); keep its numbers exactly as written and add none");
            }
        }
        if (used.isEmpty() && !allowed.isEmpty()) {
            throw new InvalidAnswerException("insights[" + i + "] lost the finding's numbers; keep them");
        }
        return text;
    }
}
