package io.datasage.chat.service;

import io.datasage.charts.ChartResult;
import java.util.ArrayList;
import java.util.List;

/** Writes the answer text from the computed numbers and what was assumed, never from anything invented. */
final class ReplyWriter {

    private static final int MAX_NOTES = 3;

    private ReplyWriter() {}

    static String write(ChartResult result, List<String> notes) {
        StringBuilder text = new StringBuilder(
                result.summary() == null ? "" : result.summary().strip());
        if (text.length() > 0 && !text.toString().endsWith(".")) {
            text.append('.');
        }
        if (text.length() > 0) {
            // Summaries may start with a lower-case column name; the reply is a sentence.
            text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        }
        List<String> extra = new ArrayList<>();
        if (notes != null) {
            notes.stream().limit(MAX_NOTES).forEach(extra::add);
        }
        if (result.stats() != null) {
            if (result.stats().sampled()) {
                extra.add("The scatter shows a sample of the points");
            }
            if (result.stats().rowsMatched() == 0) {
                extra.add("No rows match the filters, so the chart is empty");
            }
        }
        for (String note : extra) {
            String n = note.strip();
            if (n.isEmpty()) {
                continue;
            }
            text.append(text.length() == 0 ? "" : " ")
                    .append(Character.toUpperCase(n.charAt(0)))
                    .append(n.substring(1));
            if (!n.endsWith(".")) {
                text.append('.');
            }
        }
        return text.toString();
    }
}
