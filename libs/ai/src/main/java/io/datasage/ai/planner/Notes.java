package io.datasage.ai.planner;

import io.datasage.ai.planner.Plan.Confidence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects what the planner assumed, in words for the reply, and how sure it can be. */
final class Notes {

    private final Set<String> lines = new LinkedHashSet<>();
    private Quality worst = Quality.EXACT;
    private boolean understoodNothing;
    private int unknownWords;

    void add(String line) {
        lines.add(line);
    }

    /** Records a match of {@code typed} to {@code what} ("the Sales column", "Region = West"). */
    void matched(Quality q, String typed, String what) {
        if (q.ordinal() > worst.ordinal()) {
            worst = q;
        }
        switch (q) {
            case SYNONYM -> add("Read '" + typed + "' as " + what + ".");
            case PARTIAL -> add("Read '" + typed + "' as " + what + ".");
            case FUZZY -> add("Read '" + typed + "' as " + what + " (spelling).");
            case SEMANTIC -> add("Read '" + typed + "' as " + what + " (closest in meaning).");
            default -> {}
        }
    }

    /** Marks that a default filled a gap the question left open. */
    void assumed(String line) {
        if (worst.ordinal() < Quality.PARTIAL.ordinal()) {
            worst = Quality.PARTIAL;
        }
        add(line);
    }

    void unknown(String word) {
        unknownWords++;
        if (worst.ordinal() < Quality.PARTIAL.ordinal()) {
            worst = Quality.PARTIAL;
        }
        add("Did not understand '" + word + "'.");
    }

    void understoodNothing() {
        understoodNothing = true;
    }

    int unknownWords() {
        return unknownWords;
    }

    Confidence confidence() {
        if (understoodNothing) {
            return Confidence.LOW;
        }
        return worst == Quality.EXACT ? Confidence.HIGH : Confidence.MEDIUM;
    }

    List<String> lines() {
        return new ArrayList<>(lines);
    }
}
