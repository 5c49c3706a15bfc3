package io.datasage.ai.planner;

import java.util.List;

/**
 * "total takings by wood type incl the delivery charge", "order value inc delivery": what a total is said to include
 * is already in it, so it is neither a second measure nor a filter; so is the tax of a total that counts it in
 * ("total charged inc vat"). A net amount said with its tax becomes the gross one in {@link MeasurePhrases}.
 */
final class IncludedAmounts {

    private IncludedAmounts() {}

    /** Reads what follows "incl" after a money measure as said only to describe that measure. */
    static void read(List<Part> parts, List<Token> tokens) {
        ColumnInfo money = null;
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind == Part.Kind.COLUMN && MeasurePhrases.money(p.column())) {
                money = p.column();
                continue;
            }
            Part next = parts.get(k + 1);
            boolean named = next.kind == Part.Kind.COLUMN || next.kind == Part.Kind.VALUE;
            if (money == null
                    || p.kind != Part.Kind.WORD
                    || p.end - p.start != 1
                    || !MeasurePhrases.WITH.contains(tokens.get(p.start).word())
                    || "plus".equals(tokens.get(p.start).word())
                    || !named
                    || next.start - p.end > 1) {
                continue;
            }
            if (taxed(next, tokens) && !inclusive(money)) {
                // "charges inc vat" beside Charge ex VAT (£): read as the gross amount in MeasurePhrases.withTax.
                continue;
            }
            for (int i = next.start; i < next.end; i++) {
                parts.add(k + 2 + i - next.start, PhraseRewrites.understoodWord(i, tokens));
            }
            parts.remove(k + 1);
            parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
        }
    }

    /** Whether a money column's name says it is the whole amount, tax and all ("Total (£)", INV_GROSS). */
    private static boolean inclusive(ColumnInfo c) {
        return c.core().contains("total") || c.core().contains("gross");
    }

    /** Whether a part names a tax ("vat"). */
    private static boolean taxed(Part p, List<Token> tokens) {
        for (int i = p.start; i < p.end; i++) {
            if (SalesColumn.isTax(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }
}
