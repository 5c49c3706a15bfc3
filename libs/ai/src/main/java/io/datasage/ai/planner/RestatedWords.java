package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/**
 * Words that restate what a question has already named, read as understood rather than as more columns: the things a
 * unit measures, the name's own "per" words, the bare verb of selling, the thing a quantity or a unit price counts.
 */
final class RestatedWords {

    private RestatedWords() {}

    /** Marks the restating parts understood. */
    static void read(List<Part> parts, List<Token> tokens) {
        rankedByQuantity(parts, tokens);
        pricePerCountedThing(parts, tokens);
        unitOfThings(parts, tokens);
        perRestated(parts, tokens);
        soldByAsked(parts, tokens);
        thingsOfAPeriod(parts, tokens);
    }

    /**
     * "total accommodation income for courses starting in 2024": the plural of a thing, then a verb of its own that
     * opens the period, says which rows the period keeps, not a grouping by that thing.
     */
    private static void thingsOfAPeriod(List<Part> parts, List<Token> tokens) {
        if (parts.stream().anyMatch(p -> p.is(Cue.BY) || p.is(Cue.PER) || p.is(Cue.EACH) || p.is(Cue.SERIES))) {
            return;
        }
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part things = parts.get(k);
            Part period = parts.get(k + 1);
            String verb = tokens.get(period.start).word();
            boolean periodCue =
                    period.is(Cue.SINCE) || period.is(Cue.AFTER) || period.is(Cue.BEFORE) || period.is(Cue.BETWEEN);
            if (things.kind == Part.Kind.COLUMN
                    && things.end - things.start == 1
                    && tokens.get(things.start).isPlural()
                    && !things.column().isMeasure()
                    && things.column().role() != ColumnRole.DATE
                    && things.column()
                            .words()
                            .get(0)
                            .equals(tokens.get(things.start).stem())
                    && period.start == things.end
                    && periodCue
                    && (verb.endsWith("ing") || Words.isParticiple(verb))
                    && "for".equals(tokens.get(things.start - 1).word())) {
                parts.set(k, PhraseRewrites.understoodWord(things.start, tokens));
            }
        }
    }

    /**
     * "top 10 products by number of balls sold" beside qty_balls: ranked by the number of things a quantity counts is
     * ranked by that quantity added up, not grouped by its values.
     */
    private static void rankedByQuantity(List<Part> parts, List<Token> tokens) {
        boolean ranked = false;
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part p = parts.get(k);
            ranked |= p.is(Cue.TOP) || p.is(Cue.RANK);
            Part next = parts.get(k + 2);
            if (ranked
                    && p.is(Cue.BY)
                    && parts.get(k + 1).is(Cue.COUNT)
                    && next.kind == Part.Kind.COLUMN
                    && tokens.get(next.end - 1).isPlural()
                    && QuantityParticiples.countsThings(
                            next.column(), tokens.get(next.end - 1).stem())) {
                parts.set(k + 1, PhraseRewrites.understoodWord(parts.get(k + 1).start, tokens));
            }
        }
    }

    /**
     * "avg price per ball for each fibre" beside unit_price_gbp and qty_balls: a price per the thing a quantity counts
     * is the price of one, not that price and the quantity.
     */
    private static void pricePerCountedThing(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part price = parts.get(k);
            Part thing = parts.get(k + 2);
            if (price.kind == Part.Kind.COLUMN
                    && price.column().core().contains("price")
                    && parts.get(k + 1).is(Cue.PER)
                    && thing.kind == Part.Kind.COLUMN
                    && thing.end - thing.start == 1
                    && !tokens.get(thing.start).isPlural()
                    && QuantityParticiples.countsThings(
                            thing.column(), tokens.get(thing.start).stem())) {
                parts.set(k + 1, PhraseRewrites.understoodWord(parts.get(k + 1).start, tokens));
                parts.set(k + 2, PhraseRewrites.understoodWord(thing.start, tokens));
            }
        }
    }

    /**
     * "total kg of pumpkins picked" beside Pick Weight [kg] and Pumpkins #: the things a unit of measure is "of" say
     * what was weighed or measured, not a second measure.
     */
    private static void unitOfThings(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part unit = parts.get(k);
            Part things = parts.get(k + 1);
            if (unit.kind == Part.Kind.COLUMN
                    && unit.end - unit.start == 1
                    && ColumnMatcher.namesUnit(tokens.get(unit.start))
                    && unit.column().isMeasure()
                    && things.kind == Part.Kind.COLUMN
                    && things.start == unit.end + 1
                    && "of".equals(tokens.get(unit.end).word())
                    && things.end - things.start == 1
                    && tokens.get(things.start).isPlural()
                    && things.column() != unit.column()) {
                parts.set(k + 1, PhraseRewrites.understoodWord(things.start, tokens));
            }
        }
    }

    /**
     * "average price per 100g" for PRICE_PER_100G beside BAG_SIZE = Small 100g: words after "per" that the name itself
     * holds after its own "per" restate it, not a value to filter on.
     */
    private static void perRestated(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part named = parts.get(k);
            Part after = parts.get(k + 2);
            if (named.kind != Part.Kind.COLUMN || !parts.get(k + 1).is(Cue.PER)) {
                continue;
            }
            List<String> words = named.column().words();
            int per = words.indexOf("per");
            if (per < 0 || per + 1 >= words.size() || after.end - after.start != words.size() - per - 1) {
                continue;
            }
            boolean same = true;
            for (int i = after.start; i < after.end; i++) {
                same &= words.get(per + 1 + i - after.start)
                        .equals(tokens.get(i).word());
            }
            if (same) {
                // Every word of "per 100g" understood, so that none is left without a part.
                List<Part> understood = new java.util.ArrayList<>();
                for (int i = parts.get(k + 1).start; i < after.end; i++) {
                    understood.add(PhraseRewrites.understoodWord(i, tokens));
                }
                parts.subList(k + 1, k + 3).clear();
                parts.addAll(k + 1, understood);
                k += understood.size();
            }
        }
    }

    /**
     * "how many grams of cola bottles did york shambles sell": the bare verb after "did" (or "do", "does") only says
     * the measure already named was sold, not that the takings are a second measure.
     */
    private static void soldByAsked(List<Part> parts, List<Token> tokens) {
        int asked = -1;
        for (int i = 0; i < tokens.size() && asked < 0; i++) {
            asked = AUXILIARIES.contains(tokens.get(i).word()) ? i : -1;
        }
        boolean measured = false;
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN) {
                continue;
            }
            boolean sell = p.end - p.start == 1
                    && SELL_VERBS.contains(tokens.get(p.start).word());
            if (sell && measured && asked >= 0 && asked < p.start && p.quality() == Quality.SYNONYM) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            } else if (p.column().isMeasure()) {
                measured = true;
            }
        }
    }

    /** Auxiliaries that leave the verb after them bare ("did york sell"). */
    private static final Set<String> AUXILIARIES = Set.of("did", "do", "does");

    /** Bare verbs of selling, which a synonym reads as the takings. */
    private static final Set<String> SELL_VERBS = Set.of("sell", "buy");
}
