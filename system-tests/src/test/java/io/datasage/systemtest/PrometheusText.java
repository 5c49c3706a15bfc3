package io.datasage.systemtest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of a Prometheus text page, read the way a query would: samples by name and labels. */
final class PrometheusText {

    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;

    private PrometheusText(String text) {
        this.text = text;
    }

    static PrometheusText of(String text) {
        return new PrometheusText(text);
    }

    /** True when the page has at least one sample of the metric. */
    boolean has(String name) {
        return text.lines()
                .anyMatch(line -> !line.startsWith("#") && nameOf(line).equals(name));
    }

    /** The sum of every sample of the metric whose labels include {@code labels} (0 when there is none). */
    double sum(String name, Map<String, String> labels) {
        double sum = 0;
        for (String sample : (Iterable<String>) text.lines()::iterator) {
            if (sample.startsWith("#") || sample.isBlank() || !nameOf(sample).equals(name)) {
                continue;
            }
            // A sample may end with an exemplar ("... 4345.0 # {trace_id=\"..\"} 2000.0 1.7E9", the last increment
            // seen in a traced request): its braces and value are not the sample's.
            int exemplar = sample.indexOf(" # ");
            String line = exemplar > 0 ? sample.substring(0, exemplar) : sample;
            int close = line.lastIndexOf('}');
            Map<String, String> found = new HashMap<>();
            if (close > 0) {
                Matcher m = LABEL.matcher(line.substring(name.length(), close));
                while (m.find()) {
                    found.put(m.group(1), m.group(2));
                }
            }
            if (found.entrySet().containsAll(labels.entrySet())) {
                String[] rest = line.substring(close > 0 ? close + 1 : name.length())
                        .trim()
                        .split("\\s+");
                sum += Double.parseDouble(rest[0]);
            }
        }
        return sum;
    }

    private static String nameOf(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
            end++;
        }
        return line.substring(0, end);
    }
}
