package io.datasage.ingest.stats;

import io.datasage.ingest.profile.DomainHint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses business domains from column names (split on camelCase, snake_case, spaces and digits) and a few value
 * hints (currency units, e-mail addresses, URLs). A domain's score is the number of matching columns over
 * {@code min(columns, 6)}, capped at 1, so a handful of telling columns is enough.
 */
final class DomainClassifier {

    private final Map<String, Double> hits = new LinkedHashMap<>();
    private final Map<String, Set<String>> evidence = new LinkedHashMap<>();
    private int columns;

    void column(String name, String unit, List<String> samples) {
        columns++;
        List<String> words = words(name);
        for (Map.Entry<String, Set<String>> domain : DomainKeywords.BY_DOMAIN.entrySet()) {
            for (String word : words) {
                if (domain.getValue().contains(word)) {
                    add(domain.getKey(), 1, word);
                    break;
                }
            }
        }
        if (unit != null && "$€£¥".contains(unit)) {
            add("sales", 0.5, "currency values");
            add("finance", 0.5, "currency values");
        }
        if (samples.stream().anyMatch(s -> s.matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}"))) {
            add("marketing", 0.5, "e-mail addresses");
            add("ecommerce", 0.25, "e-mail addresses");
        }
        if (samples.stream().anyMatch(s -> s.startsWith("http://") || s.startsWith("https://") || s.startsWith("/"))) {
            add("web_analytics", 0.5, "URLs");
        }
    }

    private void add(String domain, double weight, String why) {
        hits.merge(domain, weight, Double::sum);
        evidence.computeIfAbsent(domain, d -> new LinkedHashSet<>()).add(why);
    }

    List<DomainHint> hints() {
        List<DomainHint> out = new ArrayList<>();
        double scale = Math.max(1, Math.min(columns, 6));
        hits.forEach((domain, weight) ->
                out.add(new DomainHint(domain, Math.min(1, weight / scale), List.copyOf(evidence.get(domain)))));
        out.sort((a, b) -> a.score() != b.score()
                ? Double.compare(b.score(), a.score())
                : a.domain().compareTo(b.domain()));
        return out;
    }

    /** Lower-case words of a column name (with and without digits), with a plural "s" dropped. */
    static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        List<String> out = new ArrayList<>();
        for (String token : spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            String letters = token.replaceAll("[0-9]+", "");
            for (String word : List.of(token, letters)) {
                if (!word.isEmpty() && !out.contains(singular(word))) {
                    out.add(singular(word));
                }
            }
        }
        String joined = String.join("_", out);
        if (!out.contains(joined)) {
            out.add(joined);
        }
        return out;
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1)
                : word;
    }
}
