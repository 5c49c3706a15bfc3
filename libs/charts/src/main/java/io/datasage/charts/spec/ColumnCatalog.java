package io.datasage.charts.spec;

import io.datasage.charts.ChartSpecException;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The columns a spec may name, and the lookup that forgives what people and LLMs get wrong: case, extra or
 * collapsed whitespace, {@code order_date} for "Order Date". A name that matches nothing fails with the nearest
 * real names (Damerau-Levenshtein distance) and the full column list.
 */
public final class ColumnCatalog {

    private static final int LISTED = 40;

    private final List<ColumnInfo> columns;

    public ColumnCatalog(List<ColumnInfo> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<ColumnInfo> columns() {
        return columns;
    }

    /** The column {@code name} refers to. */
    public ColumnInfo resolve(String name) throws ChartSpecException {
        if (name == null || name.isBlank()) {
            throw new ChartSpecException("empty column name; columns are: " + list(columns));
        }
        for (ColumnInfo column : columns) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        ColumnInfo match = unique(name, c -> spaced(c.name()).equals(spaced(name)));
        if (match == null) {
            match = unique(
                    name,
                    c -> loose(c.name()).equals(loose(name)) && !loose(name).isEmpty());
        }
        if (match != null) {
            return match;
        }
        throw new ChartSpecException(
                "column '" + name + "' not found; " + suggestions(name) + "columns are: " + list(columns));
    }

    /** Up to {@code max} column names of the wanted kind, quoted-free and comma-separated, or null when none. */
    public String namesWhere(Predicate<ColumnType> wanted, int max) {
        List<String> names = columns.stream()
                .filter(c -> wanted.test(c.type()))
                .map(ColumnInfo::name)
                .collect(Collectors.toList());
        if (names.isEmpty()) {
            return null;
        }
        String shown = String.join(", ", names.subList(0, Math.min(max, names.size())));
        return names.size() > max ? shown + ", ..." : shown;
    }

    /** All columns of the wanted kind. */
    public List<ColumnInfo> where(Predicate<ColumnType> wanted) {
        return columns.stream().filter(c -> wanted.test(c.type())).collect(Collectors.toList());
    }

    private ColumnInfo unique(String name, Predicate<ColumnInfo> matches) throws ChartSpecException {
        List<ColumnInfo> found = columns.stream().filter(matches).collect(Collectors.toList());
        if (found.size() > 1) {
            throw new ChartSpecException("column '" + name + "' is ambiguous: it could be "
                    + found.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(" or ")));
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private String suggestions(String name) {
        String wanted = loose(name);
        List<ColumnInfo> near = new ArrayList<>();
        List<Integer> distances = new ArrayList<>();
        for (ColumnInfo column : columns) {
            String candidate = loose(column.name());
            int distance = EditDistance.between(wanted, candidate);
            int allowed = Math.max(1, Math.min(wanted.length(), candidate.length()) / 3);
            boolean contained = wanted.length() >= 3
                    && candidate.length() >= 3
                    && (candidate.contains(wanted) || wanted.contains(candidate));
            if (distance <= allowed || contained) {
                near.add(column);
                distances.add(contained ? Math.min(distance, allowed) : distance);
            }
        }
        if (near.isEmpty()) {
            return "";
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < near.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(distances::get));
        List<String> names =
                order.stream().limit(3).map(i -> "'" + near.get(i).name() + "'").collect(Collectors.toList());
        return "did you mean " + String.join(" or ", names) + "? ";
    }

    static String list(List<ColumnInfo> columns) {
        String shown = columns.stream().limit(LISTED).map(ColumnInfo::name).collect(Collectors.joining(", "));
        return columns.size() > LISTED ? shown + " (and " + (columns.size() - LISTED) + " more)" : shown;
    }

    private static String spaced(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String loose(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
