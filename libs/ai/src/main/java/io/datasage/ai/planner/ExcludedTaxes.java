package io.datasage.ai.planner;

import java.util.List;

/** A tax typed on its own is the tax, never an amount whose name leaves it out or counts it in ("Charge ex VAT (£)"). */
final class ExcludedTaxes {

    private ExcludedTaxes() {}

    /**
     * "total vat charged" beside Charge ex VAT (£) and VAT (£), "total vat on tickets" beside TOTAL INC VAT £ and VAT
     * £: a tax word not itself after "ex" or "inc" names the tax's own column, not the amount without or with it.
     */
    static void read(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        // Late, once money words ("invoiced") have become the amounts they name.
        MeasurePhrases.withoutTax(parts, tokens, index);
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || !sidesOfTax(p.column())) {
                continue;
            }
            String tax = null;
            for (int i = p.start; i < p.end; i++) {
                String w = tokens.get(i).word();
                String before = i > 0 ? tokens.get(i - 1).word() : "";
                boolean side = MeasurePhrases.WITHOUT.contains(before) || MeasurePhrases.WITH.contains(before);
                if (SalesColumn.isTax(w) && !side) {
                    tax = w;
                }
            }
            String typed = tax;
            ColumnInfo own = typed == null
                    ? null
                    // VAT £, not VAT %: the tax's money.
                    : SchemaIndex.only(
                            index.columns,
                            c -> c.isMeasure()
                                    && c.core().equals(List.of(typed))
                                    && !c.name().contains("%"));
            if (own == null) {
                continue;
            }
            Lexicon.Hit first = Lexicon.match(tokens, p.start);
            if (p.end - p.start > 1 && first != null && first.cue() == Cue.AGG && first.length() == 1) {
                // "total vat" read whole as TOTAL INC VAT £: the total asked for, of the tax.
                parts.set(k, Part.cue(p.start, p.start + 1, tokens.get(p.start).raw(), Cue.AGG, first.arg()));
                parts.add(k + 1, PhraseRewrites.columnAt(tokens, p.start + 1, own, Quality.PARTIAL, 0.9));
                k++;
            } else {
                parts.set(k, PhraseRewrites.asColumn(p, own, Quality.PARTIAL, 0.9));
            }
        }
    }

    /**
     * Whether a column's name says its amount leaves a tax out or counts it in ("Charge ex VAT", "TOTAL INC VAT £").
     */
    private static boolean sidesOfTax(ColumnInfo c) {
        List<String> words = c.words();
        for (int i = 1; i < words.size(); i++) {
            String before = words.get(i - 1);
            if (SalesColumn.isTax(words.get(i))
                    && (MeasurePhrases.WITHOUT.contains(before) || MeasurePhrases.WITH.contains(before))) {
                return true;
            }
        }
        return false;
    }
}
