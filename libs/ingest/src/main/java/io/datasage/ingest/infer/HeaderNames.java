package io.datasage.ingest.infer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes usable column names: trimmed, {@code column_N} (1-based) for blanks and missing headers, and {@code _2},
 * {@code _3} suffixes for names that repeat (compared case-insensitively, since most tools do).
 */
public final class HeaderNames {

    private HeaderNames() {}

    /** The names and how many had to be invented or renamed. */
    public record Result(List<String> names, List<String> renamed) {}

    /** @param header the header fields, or null to generate every name */
    public static Result of(String[] header, int width) {
        List<String> names = new ArrayList<>(width);
        List<String> renamed = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < width; i++) {
            String raw = header != null && i < header.length && header[i] != null ? Whitespace.trim(header[i]) : "";
            String name = raw.isEmpty() ? "column_" + (i + 1) : raw;
            if (raw.isEmpty() && header != null) {
                renamed.add("column " + (i + 1) + " had no name: called it '" + name + "'");
            }
            String unique = name;
            for (int n = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + "_" + n;
            }
            if (!unique.equals(name)) {
                renamed.add("'" + name + "' appears more than once: column " + (i + 1) + " is '" + unique + "'");
            }
            taken.add(unique.toLowerCase(Locale.ROOT));
            names.add(unique);
        }
        return new Result(names, renamed);
    }
}
