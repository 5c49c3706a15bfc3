package io.datasage.dashboard.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the designer knows about one column, read from the dataset's profile. */
record ColumnFacts(String name, String type, String unit, long distinct, long nulls, long rows, List<String> words) {

    boolean numeric() {
        return "integer".equals(type) || "decimal".equals(type);
    }

    boolean temporal() {
        return "date".equals(type) || "datetime".equals(type);
    }

    boolean categorical() {
        return "category".equals(type) || "boolean".equals(type);
    }

    boolean has(String... anyOf) {
        for (String w : anyOf) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** An identifier, code or phone number: counting it is fine, summing it never is. */
    boolean idLike() {
        boolean named =
                has("id", "key", "code", "uuid", "zip", "zipcode", "postcode", "phone", "sku", "no", "number", "nr");
        boolean unique = rows > 0 && distinct >= rows * 0.9;
        return named && (unique || !"decimal".equals(type))
                || ("integer".equals(type) && unique && has("row", "index"));
    }

    /** A year stored as a number: a time axis, not a measure. */
    boolean yearLike() {
        return "integer".equals(type) && has("year", "yr", "yyyy", "fiscal");
    }

    /** Facts for every column of a profile ({@code column_profiles}). */
    @SuppressWarnings("unchecked")
    static List<ColumnFacts> from(Map<String, Object> profile) {
        long rows = profile.get("rows") instanceof Number ? ((Number) profile.get("rows")).longValue() : 0;
        List<ColumnFacts> out = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) profile.getOrDefault("column_profiles", List.of())) {
            String name = String.valueOf(c.get("name"));
            out.add(new ColumnFacts(
                    name,
                    String.valueOf(c.get("type")),
                    (String) c.get("unit"),
                    number(c.get("distinct")),
                    number(c.get("nulls")),
                    rows,
                    words(name)));
        }
        return out;
    }

    /** Lower-case words of a column name: "OrderDate", "order_date" and "Order Date" all give [order, date]. */
    static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : spaced.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static long number(Object value) {
        return value instanceof Number ? ((Number) value).longValue() : 0;
    }
}
