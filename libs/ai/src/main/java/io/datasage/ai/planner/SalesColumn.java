package io.datasage.ai.planner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the column that stands for sales when no column is named so: the money total of a row ("line_total",
 * "Amount", "TotalPrice"), so that "revenue by country" and "top customers by spend" measure it.
 */
final class SalesColumn {

    /** Groups of a column that mean something else than the row's money total. */
    private static final Set<String> OTHER_MEANINGS = Words.set("""
        profit quantity cost discount salary price cpc cpm cpa ctr roi roas aov arpu ltv cac mrr arr shipmode tier
        age rating satisfaction weight temperature
        """);
    /** Words of a money total's name beyond the qualifiers: what the total is of. */
    private static final Set<String> OF_WHAT = Words.set("""
        line order invoice transaction item basket sale purchase payment paid billed charged charge gross net sub
        subtotal grand price revenue turnover fee fees
        """);

    /** Taxes: a column of one is the tax collected, never the revenue; in a longer name, what it excludes. */
    private static final Set<String> TAXES = Words.set("vat tax taxes gst hst");

    /** Whether a name word is a tax ("VAT", "GST"). */
    static boolean isTax(String word) {
        return TAXES.contains(word);
    }
    /** Words before a tax that say the amount is given with or without it ("Line Amt ex VAT"). */
    private static final Set<String> TAX_BASIS = Words.set("ex excl excluding incl inc including net gross pre");

    /** Words of a name saying its amount counts its tax in ("PRICE_INC_VAT", "INV_GROSS"). */
    static final Set<String> WITH_TAX = Words.set("inc incl including gross");

    /** Words saying a price is the one a sale achieved, not the one asked. */
    private static final Set<String> ACHIEVED = Set.of("sold", "sale", "achieved", "realised", "realized");

    /** Words of a money column that is only part of a row's amount. */
    private static final Set<String> PART_PAYMENTS = Words.set("deposit deposits dep balance refund");

    /** Participles saying the money was received. */
    private static final Set<String> RECEIVED = Set.of("paid", "billed", "charged", "invoiced", "collected");

    private SalesColumn() {}

    /**
     * The columns of a table of {@code rowCount} rows with the sales group added to the money total (or to the only price, see {@link #pricePerRow})
     * when no column has that group; else the same list.
     */
    static List<ColumnInfo> mark(List<ColumnInfo> columns, long rowCount) {
        ColumnInfo rowTotal = rowTotal(columns);
        // billTotal beside billNet, both sales by the word "bill", where each row is a bill (billNo): the total.
        if (rowTotal != null) {
            // orderTotal beside basketValue where each row is an order (orderRef): the order's whole amount is the
            // takings, before a part of it whose name is only a synonym of sales.
            return columns.stream()
                    .map(c -> c == rowTotal ? withSales(c, true) : withSales(c, false))
                    .toList();
        }
        ColumnInfo best = null;
        int bestScore = 0;
        boolean spend = false;
        for (ColumnInfo c : columns) {
            if (c.groups().contains("sales") && !c.groups().contains("cost")) {
                return columns;
            }
            spend |= c.groups().contains("sales");
            // QUOTE_AMT (£) beside FINAL_INV_AMT (£): what was quoted or planned loses to what happened.
            int score = Math.max(0, score(c, columns) - (ColumnChoice.planned(c) ? 1 : 0));
            if (rowCount > 0 && c.schema().nulls() * 2 > rowCount) {
                // "Tip Amt (£)" empty on most rows: an extra some rows have, never the amount every row records.
                score = 0;
            }
            // "Invoice Total (£)" beside "Extras Amt (£)" and "Amt Outstanding (£)": a total said of the row itself
            // before an amount a word of its own says is of something in particular.
            if (score > bestScore || score > 0 && score == bestScore && ownWord(best) && !ownWord(c)) {
                best = c;
                bestScore = score;
            }
        }
        if (spend && bestScore < 4 && !grossBesideTax(best, columns)) {
            // "Bar Spend ($)" beside "Hire Charge ($)": a spend (sales or cost) is the sales unless a total scores
            // clearly, as "Total Paid (£)" does beside "Cafe Spend (£)", or the best is a gross amount beside a tax
            // (gross_amount beside net_amount, vat_amount and bar_spend).
            return columns;
        }
        if (best != null && bestScore <= 2 && feeAmongOthers(best, columns)) {
            // "Green Fee (£)" beside "Buggy Fee (£)": one fee of several is not the row's whole amount.
            best = null;
        }
        ColumnInfo price = pricePerRow(columns);
        if (best == null || bestScore <= 2 && price != null) {
            // "Tip (GBP)" beside the one "Price (GBP)" of a booking: money named by a word of its own is weaker
            // evidence of the row's amount than the only price where one thing is sold per row.
            best = price;
        }
        if (best == null) {
            return columns;
        }
        ColumnInfo b = best;
        ColumnInfo marked = withSales(b, true);
        return columns.stream().map(c -> c == b ? marked : c).toList();
    }

    /** Whether {@code best} is a gross amount in a file with a tax column of its own (gross_amount beside vat_amount). */
    private static boolean grossBesideTax(ColumnInfo best, List<ColumnInfo> columns) {
        return best != null
                && best.core().contains("gross")
                && columns.stream()
                        .anyMatch(o -> o.isMeasure() && o.core().stream().anyMatch(SalesColumn::isTax));
    }

    /** The one money total named after what each row is ("orderTotal" beside orderRef, "tabTotal"), or null. */
    private static ColumnInfo rowTotal(List<ColumnInfo> columns) {
        return SchemaIndex.only(
                columns,
                c -> c.isMeasure()
                        && c.additive()
                        && c.core().size() == 2
                        && c.core().contains("total")
                        && c.core().stream().anyMatch(w -> !"total".equals(w) && rowThing(w, columns)));
    }

    /** {@code b} with the sales group added or taken away. */
    private static ColumnInfo withSales(ColumnInfo b, boolean sales) {
        if (b.groups().contains("sales") == sales) {
            return b;
        }
        Set<String> groups = new HashSet<>(b.groups());
        if (sales) {
            groups.add("sales");
        } else {
            groups.remove("sales");
        }
        return new ColumnInfo(
                b.schema(),
                b.words(),
                b.core(),
                b.spelled(),
                b.forms(),
                b.compacts(),
                b.modifiers(),
                b.role(),
                b.additive(),
                b.entity(),
                b.yes(),
                b.no(),
                Set.copyOf(groups),
                b.minNum(),
                b.maxNum(),
                b.minDate(),
                b.maxDate());
    }

    /**
     * The one money price of a table without quantities (a ski pass, a ticket: one thing sold per row), whose sum is
     * the revenue; not a unit price beside a quantity, nor one of several prices unless it is the one a sale achieved.
     */
    private static ColumnInfo pricePerRow(List<ColumnInfo> columns) {
        ColumnInfo only = null;
        ColumnInfo achieved = null;
        ColumnInfo unplanned = null;
        ColumnInfo taxed = null;
        int taxedPrices = 0;
        boolean counted = false;
        int prices = 0;
        int achievedPrices = 0;
        int unplannedPrices = 0;
        for (ColumnInfo c : columns) {
            // "Add-ons Qty" beside a booking's Price: a count of extras, not of the thing the price is for.
            counted |= c.isMeasure() && c.groups().contains("quantity") && !extrasCounted(c);
            // A column named only "Price", or a line's ("LinePrice"), is money whether or not a currency says so.
            // "Price Paid" (grouped with pay by its participle) is a price all the same; "job_price" where each row
            // is a job (job_ref) is the price of the row's own thing.
            // "Fabric Cost (£)" beside "Price (£)": a cost, a price only by synonym, is money paid out.
            boolean cost = c.groups().contains("cost") && !c.core().contains("price");
            if (c.isMeasure()
                    && !cost
                    && (c.groups().contains("price") || c.core().contains("price"))
                    && (MeasureKinds.money(c.schema(), c.words())
                            || c.core().stream()
                                    .allMatch(w -> ofWhat(w)
                                            || rowThing(w, columns)
                                            || TAX_BASIS.contains(w)
                                            || TAXES.contains(w)))
                    // PricePerKg: its core is only "price", but the unit it is per is in its words.
                    && c.words().stream().noneMatch(w -> PER_THING.contains(w) && !rowsAre(w, columns))) {
                prices++;
                only = c;
                if (c.core().stream().anyMatch(ACHIEVED::contains)) {
                    achieved = c;
                    achievedPrices++;
                }
                if (!ColumnChoice.planned(c)) {
                    unplanned = c;
                    unplannedPrices++;
                }
                if (c.core().stream().anyMatch(WITH_TAX::contains)) {
                    taxed = c;
                    taxedPrices++;
                }
            }
        }
        if (counted) {
            // "Qty" beside "Price": a unit's price; PRICE_INC_VAT beside PRICE_EX_VAT and PANELS_QTY is still a job's
            // whole price, given with and without its tax.
            return prices == 2 && taxedPrices == 1 ? taxed : null;
        }
        if (prices == 1) {
            return only;
        }
        // "Sold Price £" beside "Price Tag £": of several prices, the one price a sale achieved, not one asked;
        // final_price_gbp beside quoted_price_gbp: the one price not quoted or planned.
        if (achievedPrices == 1) {
            return achieved;
        }
        if (unplannedPrices == 1) {
            return unplanned;
        }
        // PRICE_INC_VAT beside PRICE_EX_VAT: what the customer paid, tax and all.
        return taxedPrices == 1 ? taxed : null;
    }

    /** Whether {@code best} is a fee and another measure is a fee too. */
    private static boolean feeAmongOthers(ColumnInfo best, List<ColumnInfo> columns) {
        return isFee(best) && columns.stream().anyMatch(c -> c != best && c.isMeasure() && isFee(c));
    }

    private static boolean isFee(ColumnInfo c) {
        return c.core().contains("fee") || c.core().contains("fees");
    }

    /** Words for extras a row may add to the thing it sells. */
    private static final Set<String> EXTRAS =
            Words.set("add ons addon addons extra extras optional option options upsell");

    private static boolean extrasCounted(ColumnInfo c) {
        return c.words().stream().anyMatch(EXTRAS::contains);
    }

    /**
     * Whether each row is one {@code thing}: a running number of it within a parent ("unit_seq" in a crown and bridge
     * ticket, one row per unit), so that a Unit Price is the row's whole amount.
     */
    private static boolean rowsAre(String thing, List<ColumnInfo> columns) {
        return columns.stream()
                .anyMatch(c -> c.role() == ColumnRole.ID
                        && c.words().size() == 2
                        && c.words().get(0).equals(thing)
                        && ROW_NUMBERS.contains(c.words().get(1)));
    }

    /** Whether {@code w} is what each row is: the first word of an identifier ("job" of job_ref). */
    private static boolean rowThing(String w, List<ColumnInfo> columns) {
        return columns.stream()
                .anyMatch(c -> c.role() == ColumnRole.ID
                        && !c.core().isEmpty()
                        && c.core().size() <= 2
                        && c.core().get(0).equals(w));
    }

    private static final Set<String> ROW_NUMBERS = Set.of("seq", "sequence", "no", "number", "num", "nr");

    /** Words of a price that is per some unit or an average, never a row's whole amount. */
    private static final Set<String> PER_THING = Words.set("unit per average avg mean hour night day kg");

    /** Whether a money column's name has a word saying what it is of beyond totals, amounts and qualifiers. */
    private static boolean ownWord(ColumnInfo c) {
        return c.core().stream()
                .anyMatch(w -> !ofWhat(w)
                        && !ColumnRoles.QUALIFIERS.contains(w)
                        && !TAXES.contains(w)
                        && !TAX_BASIS.contains(w));
    }

    /** Whether a name's word says what a money total is of, whole or abbreviated ("inv" for invoice). */
    private static boolean ofWhat(String w) {
        return OF_WHAT.contains(w) || OF_WHAT.stream().anyMatch(o -> WordForms.abbreviates(w, o));
    }

    private static int score(ColumnInfo c, List<ColumnInfo> columns) {
        if (!c.isMeasure() || !c.additive()) {
            return 0;
        }
        if (MeasureKinds.extended(c.core())) {
            // "EXT_COST" beside UNIT_COST: the line's whole amount, whatever its money is called.
            return 4;
        }
        boolean total = c.core().contains("total");
        // "Total Paid (£)", "Amount Paid", a money column named "Paid (USD)": what the customer paid, not a salary;
        // "Total Price": not a unit price.
        boolean paidTotal = (total || c.core().contains("amount") || c.core().size() == 1)
                && c.core().contains("paid");
        for (String g : c.groups()) {
            if (OTHER_MEANINGS.contains(g) && !(total && "price".equals(g)) && !(paidTotal && "salary".equals(g))) {
                return 0;
            }
        }
        if (c.core().stream().anyMatch(PART_PAYMENTS::contains)) {
            // "Deposit (£)", DEP_GBP, "Balance (£)": a part of what was paid, never the whole takings.
            return 0;
        }
        boolean money = MeasureKinds.money(c.schema(), c.words()) || MeasureKinds.lineValue(c.core());
        int score = money ? 2 : 0;
        int unknown = 0;
        List<String> core = c.core();
        for (int i = 0; i < core.size(); i++) {
            String w = core.get(i);
            if (TAXES.contains(w)) {
                if (i == 0 || !TAX_BASIS.contains(core.get(i - 1))) {
                    return 0;
                }
            } else if (TAX_BASIS.contains(w) && i + 1 < core.size() && TAXES.contains(core.get(i + 1))) {
                // "ex VAT": the basis of the amount, no word of what it is of.
            } else if (w.equals("total") || w.equals("amount") || w.equals("value") && MeasureKinds.lineValue(core)) {
                score += 2;
            } else if (w.equals("gross")) {
                // NET_GBP, VAT_GBP and GROSS_GBP: what the customer paid in all is the gross.
                score += 1;
            } else if (RECEIVED.contains(w) && core.size() == 1) {
                // "Paid (£)" alone beside "Subsidy Amt (£)": what the customer paid is the takings, as surely as
                // an amount of something in particular.
                score += 2;
            } else if (w.equals("value") || w.equals("sum") || RECEIVED.contains(w)) {
                // "Paid (USD)", "Amount Billed": money that changed hands, a row's amount more surely than a price.
                score += 1;
            } else if (!ofWhat(w) && !rowThing(w, columns) && !ColumnRoles.QUALIFIERS.contains(w)) {
                // ("tabTotal" where each row is a tab, tabId: the total of the row's own thing, as "order total".)
                // "Contract Value ($)", "Landed Value (USD)": one word saying what the money is of, with its unit.
                if (!money || ++unknown > 1) {
                    return 0;
                }
            }
        }
        return score >= 2 ? score : 0;
    }
}
