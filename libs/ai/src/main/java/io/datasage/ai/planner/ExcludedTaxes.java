package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/** A tax typed on its own is the tax, never an amount whose name says it leaves the tax out ("Charge ex VAT (£)"). */
final class ExcludedTaxes {

    /** Words before a tax that say an amount is without it. */
    private static final Set<String> WITHOUT = Words.set("ex excl excluding exc less minus pre before");

    private ExcludedTaxes() {}

    /**
     * "total vat charged" beside Charge ex VAT (£) and VAT (£): a tax word not itself after "ex" names the tax's own
     * column, not the amount without it.
     */
    static void read(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || !excludes(p.column())) {
                continue;
            }
            String tax = null;
            for (int i = p.start; i < p.end; i++) {
                String w = tokens.get(i).word();
                boolean without = i > 0 && WITHOUT.contains(tokens.get(i - 1).word());
                if (SalesColumn.isTax(w) && !without) {
                    tax = w;
                }
            }
            String typed = tax;
            ColumnInfo own = typed == null
                    ? null
                    : SchemaIndex.only(
                            index.columns, c -> c.isMeasure() && c.core().equals(List.of(typed)));
            if (own != null) {
                parts.set(k, PhraseRewrites.asColumn(p, own, Quality.PARTIAL, 0.9));
            }
        }
    }

    /** Whether a column's name says its amount leaves a tax out ("Charge ex VAT", "NET_EXCL_GST"). */
    private static boolean excludes(ColumnInfo c) {
        List<String> core = c.core();
        for (int i = 1; i < core.size(); i++) {
            if (SalesColumn.isTax(core.get(i)) && WITHOUT.contains(core.get(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
