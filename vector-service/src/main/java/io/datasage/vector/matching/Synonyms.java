package io.datasage.vector.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small business vocabulary: words analysts use for the same column ("sold" for {@code sales}) and the
 * abbreviations column names are full of ({@code qty}, {@code mpg}). Only a bonus on top of names and vectors.
 */
public final class Synonyms {

    private static final List<Set<String>> GROUPS = List.of(
            Set.of("sales", "sale", "sold", "sell", "sells", "selling", "revenue", "turnover"),
            Set.of("revenue", "income", "turnover", "earnings", "takings"),
            Set.of("profit", "margin", "earnings", "gain"),
            Set.of("cost", "costs", "expense", "expenses", "spend", "spent", "spending"),
            Set.of("price", "cost", "rate", "fee"),
            Set.of("quantity", "qty", "units", "count", "volume"),
            Set.of("amount", "amt", "total", "sum", "value"),
            Set.of("customer", "cust", "client", "buyer", "account"),
            Set.of("product", "prod", "item", "sku", "article"),
            Set.of("employee", "emp", "staff", "worker", "headcount"),
            Set.of("salary", "pay", "wage", "wages", "compensation"),
            Set.of("date", "dt", "day", "time", "when", "timestamp"),
            Set.of("year", "yr", "years"),
            Set.of("month", "mon", "mth"),
            Set.of("region", "area", "territory", "zone", "location", "where"),
            Set.of("country", "nation", "origin"),
            Set.of("city", "town"),
            Set.of("category", "cat", "type", "kind", "segment", "group", "class"),
            Set.of("percent", "pct", "percentage", "share", "ratio"),
            Set.of("average", "avg", "mean"),
            Set.of("number", "num", "no", "nr", "count"),
            Set.of("temperature", "temp", "heat", "hot", "cold"),
            Set.of("mpg", "mileage", "economy", "efficiency", "consumption", "fuel"),
            Set.of("horsepower", "hp", "power"),
            Set.of("weight", "wt", "mass", "heavy"),
            Set.of("discount", "rebate", "reduction"),
            Set.of("description", "desc", "details"),
            Set.of("identifier", "id", "key", "code"));

    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
            Map.entry("mpg", "miles per gallon"),
            Map.entry("qty", "quantity"),
            Map.entry("amt", "amount"),
            Map.entry("pct", "percent"),
            Map.entry("avg", "average"),
            Map.entry("temp", "temperature"),
            Map.entry("yr", "year"),
            Map.entry("hp", "horsepower"),
            Map.entry("cust", "customer"),
            Map.entry("prod", "product"),
            Map.entry("emp", "employee"),
            Map.entry("desc", "description"),
            Map.entry("dt", "date"),
            Map.entry("num", "number"),
            Map.entry("wt", "weight"));

    private static final Map<String, Set<String>> RELATED = index();

    private Synonyms() {}

    /** True when the two words name the same thing in business talk. */
    public static boolean related(String a, String b) {
        Set<String> group = RELATED.get(a);
        return group != null && group.contains(b);
    }

    /** The spelled-out form of an abbreviation ("qty" -> "quantity"), or null. */
    public static String expansion(String word) {
        return EXPANSIONS.get(word);
    }

    private static Map<String, Set<String>> index() {
        Map<String, Set<String>> related = new HashMap<>();
        for (Set<String> group : GROUPS) {
            for (String word : group) {
                related.computeIfAbsent(word, w -> new java.util.HashSet<>()).addAll(group);
            }
        }
        related.replaceAll((w, g) -> Set.copyOf(g));
        return Map.copyOf(related);
    }
}
