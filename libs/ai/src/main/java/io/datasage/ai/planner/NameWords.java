package io.datasage.ai.planner;

import java.util.List;

/**
 * How a run of question words meets one column's name words: all of them, part of them, with misspellings,
 * abbreviations or words a name may carry around it ("customer segment", "sales amount"), and how well.
 */
final class NameWords {

    private NameWords() {}

    /** The hit of a run of words on {@code c}'s words; {@code strict}: every word matched exactly, two at least. */
    static ColumnMatcher.Hit match(
            List<Token> window, ColumnInfo c, SchemaIndex index, boolean strict, boolean abbreviations) {
        List<String> core = c.core();
        boolean[] hit = new boolean[core.size()];
        int matched = 0;
        int typos = 0;
        int extras = 0;
        boolean entityBefore = false;
        boolean gap = false;
        for (Token t : window) {
            boolean small = Words.STOPWORDS.contains(t.word())
                    && !"number".equals(t.word())
                    && !core.contains(t.word())
                    && !core.contains(t.stem());
            if (t.isSymbol() || small) {
                gap |= matched + typos > 0 && !t.isSymbol();
                if (entityBefore && matched + typos == 0 && !t.isSymbol()) {
                    // "countries have corruption perception": an entity word then a verb is not part of a name.
                    return null;
                }
                continue;
            }
            if (strict) {
                int k = WordMatches.exactIndex(t, c, hit);
                if (k < 0 && abbreviations) {
                    k = WordMatches.abbreviationIndex(t, c, hit);
                }
                if (k < 0) {
                    return null;
                }
                hit[k] = true;
                matched++;
                continue;
            }
            int k = WordMatches.exactIndex(t, c, hit);
            if (k >= 0
                    && entityBefore
                    && matched + typos == 0
                    && (!core.contains(t.word()) || c.role() == ColumnRole.DATE)
                    && Words.isParticiple(t.word())) {
                // "wafers tested": the things, then what was done to them, not Test Timestamp; "specimens collected"
                // beside Collected At: the things, then the date's participle.
                return null;
            }
            if (k >= 0) {
                hit[k] = true;
                matched++;
                continue;
            }
            k = WordMatches.typoIndex(t, c, hit, index, abbreviations);
            if (k >= 0) {
                hit[k] = true;
                typos++;
                continue;
            }
            if (WordMatches.isExtra(t, index, c, matched + typos == 0)) {
                if (gap) {
                    // "math score for group": a word after a preposition is not part of the name.
                    return null;
                }
                if (matched + typos == 0 && extras > 0) {
                    // One word may lead a name ("customer segment"), not a run of them ("loan amount issued").
                    return null;
                }
                entityBefore |= !ColumnRoles.QUALIFIERS.contains(t.stem());
                extras++;
                continue;
            }
            return null;
        }
        if (matched + typos == 0 || (strict && matched < 2) || onlyWhatItIsPer(c, hit)) {
            return null;
        }
        // "tickets" for Tickets (qty): a plural names the count of those things without its "quantity".
        boolean plural = window.stream().anyMatch(Token::isPlural);
        int missingSignificant = 0;
        for (int k = 0; k < core.size(); k++) {
            if (!hit[k]
                    && !(plural && "quantity".equals(core.get(k)))
                    && !core.get(k).chars().allMatch(Character::isDigit)
                    && !ColumnRoles.QUALIFIERS.contains(core.get(k))
                    && !ColumnRoles.UNITS.contains(core.get(k))
                    && !index.entities.containsKey(core.get(k))) {
                missingSignificant++;
            }
        }
        Quality q = typos > 0 ? Quality.FUZZY : Quality.EXACT;
        boolean all = matched + typos == core.size();
        if (!all
                && window.size() == 1
                && rowsOfTopic(window.get(0), index)
                && !window.get(0).stem().equals(c.entity())) {
            // "loans" in a loans dataset counts loans; it is not loan_amnt by way of a qualifier.
            return null;
        }
        if (!all && otherEntity(window, c, index) && !(missingSignificant == 0 && headNoun(window, c))) {
            // "orders" names the order entity (order_id), not order_status or is_first_order.
            return new ColumnMatcher.Hit(c, window.size(), Quality.PARTIAL, 0.6);
        }
        if (missingSignificant == 0) {
            return new ColumnMatcher.Hit(c, window.size(), q, (all ? 1.0 : 0.93) - 0.03 * extras - 0.12 * typos);
        }
        boolean onlyModifiers = true;
        for (int k = 0; k < core.size(); k++) {
            onlyModifiers &= !hit[k] || c.modifiers().contains(core.get(k));
        }
        boolean everyModifier = true;
        for (int k = 0; k < core.size(); k++) {
            everyModifier &= hit[k] || !c.modifiers().contains(core.get(k));
        }
        // Two or more words that are all of the name's modifiers single it out ("weekend nights" for
        // stays_in_weekend_nights); one alone does not ("company" for Years at Company).
        if (onlyModifiers && !(everyModifier && matched >= 2)) {
            return null;
        }
        double coverage = (double) (matched + typos) / core.size();
        return new ColumnMatcher.Hit(
                c,
                window.size(),
                typos > 0 ? Quality.FUZZY : Quality.PARTIAL,
                0.55 + 0.3 * coverage - 0.1 * typos - 0.03 * extras);
    }

    /** "bins" beside RATE_PER_BIN_£ and BINS_#: a rate is not named by the thing it is per alone. */
    private static boolean onlyWhatItIsPer(ColumnInfo c, boolean[] hit) {
        List<String> core = c.core();
        List<String> words = c.words();
        boolean any = false;
        for (int k = 0; k < core.size(); k++) {
            if (hit[k]) {
                int at = words.indexOf(core.get(k));
                if (at < 1 || !"per".equals(words.get(at - 1))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean rowsOfTopic(Token t, SchemaIndex index) {
        return !t.word().equals(t.stem()) && index.topic.words().contains(t.stem());
    }

    /**
     * "total takings" beside TAKINGS_ID and GROSS_TAKINGS: the entity's word that ends a measure's name, the rest of it
     * qualifiers, is that measure's own noun (what the takings add up to), not the entity's rows.
     */
    private static boolean headNoun(List<Token> window, ColumnInfo c) {
        return c.isMeasure()
                && window.size() == 1
                && window.get(0).isPlural()
                && window.get(0).stem().equals(c.lastWord());
    }

    /** Whether the words are just an entity of the data ("orders") that {@code c} is not the id or label of. */
    private static boolean otherEntity(List<Token> window, ColumnInfo c, SchemaIndex index) {
        String entity = entityWord(window, index);
        return entity != null && !entity.equals(c.entity());
    }

    /** The entity of the data ("order" for order_id) that the words are, or null. */
    static String entityWord(List<Token> window, SchemaIndex index) {
        String entity = null;
        for (Token t : window) {
            if (t.isSymbol() || Words.STOPWORDS.contains(t.word())) {
                continue;
            }
            if (entity != null || !index.entities.containsKey(t.stem())) {
                return null;
            }
            entity = t.stem();
        }
        return entity;
    }
}
