package io.datasage.charts;

import io.datasage.contracts.chart.ChartSpec;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Random but valid chart specs over a {@link TestTable}, with filter values drawn from the data so they hit. */
final class RandomSpecs {

    static final String[] TYPES = {
        "bar",
        "line",
        "pie",
        "scatter",
        "histogram",
        "heatmap",
        "grouped_bar",
        "stacked_bar",
        "area",
        "box",
        "kpi",
        "table"
    };
    static final String[] AGGREGATIONS = {"sum", "mean", "count", "min", "max", "median", "count_distinct"};
    static final String[] GRAINS = {"day", "week", "month", "quarter", "year"};

    private final TestTable table;
    private final Random random;

    RandomSpecs(TestTable table, long seed) {
        this.table = table;
        this.random = new Random(seed);
    }

    ChartSpec next(String type) {
        switch (type) {
            case "histogram":
                return spec(
                        type,
                        pick(c -> c.type().isNumeric() || c.type().isTemporal()).name(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        random.nextInt(3) == 0 ? null : 1 + random.nextInt(30));
            case "box":
                TestTable.Column group = random.nextBoolean() ? null : groupingColumn();
                return spec(
                        type,
                        group == null ? null : group.name(),
                        names(1 + random.nextInt(2), c -> c.type().isNumeric()),
                        null,
                        null,
                        group != null && group.type().isTemporal() ? grain() : null,
                        sort(),
                        limit(),
                        null);
            case "scatter":
                return spec(
                        type,
                        pick(c -> c.type().isNumeric() || c.type().isTemporal()).name(),
                        names(1 + random.nextInt(2), c -> c.type().isNumeric()),
                        random.nextBoolean()
                                ? pick(c -> c.type().isText() || c.type() == ColumnType.BOOLEAN)
                                        .name()
                                : null,
                        null,
                        null,
                        null,
                        null,
                        null);
            case "kpi":
                return kpi();
            case "table":
                return random.nextBoolean() ? rawTable() : grouped(type);
            case "heatmap":
                if (random.nextBoolean()) {
                    List<String> y = random.nextBoolean()
                            ? null
                            : names(2 + random.nextInt(3), c -> c.type().isNumeric());
                    return spec(type, null, y, null, null, null, null, null, null);
                }
                return grouped(type);
            default:
                return grouped(type);
        }
    }

    private ChartSpec grouped(String type) {
        TestTable.Column x = groupingColumn();
        String series = null;
        if (type.equals("heatmap") || (!type.equals("pie") && random.nextInt(3) == 0)) {
            series = pick(c -> !c.name().equals(x.name())
                            && (c.type().isText()
                                    || c.type() == ColumnType.BOOLEAN
                                    || c.type() == ColumnType.INTEGER && random.nextInt(4) == 0))
                    .name();
        }
        String aggregation = type.equals("pie")
                ? (random.nextBoolean() ? "sum" : "count")
                : AGGREGATIONS[random.nextInt(AGGREGATIONS.length)];
        List<String> y =
                measures(aggregation, type.equals("pie") || type.equals("heatmap") ? 1 : 1 + random.nextInt(2));
        if (aggregation.equals("count") && random.nextBoolean()) {
            y = null;
        } else if (random.nextInt(8) == 0 && y.stream().allMatch(this::numeric)) {
            aggregation = null;
        }
        return spec(
                type, x.name(), y, series, aggregation, x.type().isTemporal() ? grain() : null, sort(), limit(), null);
    }

    private ChartSpec kpi() {
        String aggregation = AGGREGATIONS[random.nextInt(AGGREGATIONS.length)];
        List<String> y = random.nextInt(5) == 0 ? null : measures(aggregation, 1);
        return spec("kpi", null, y, null, y == null ? "count" : aggregation, null, null, null, null);
    }

    private ChartSpec rawTable() {
        TestTable.Column x = pick(c -> true);
        List<String> y = names(1 + random.nextInt(3), c -> !c.name().equals(x.name()));
        ChartSpec.Sort sort = random.nextBoolean()
                ? null
                : new ChartSpec.Sort(random.nextBoolean() ? "x" : "y", random.nextBoolean() ? "asc" : "desc");
        return spec(
                "table",
                x.name(),
                y,
                null,
                null,
                null,
                sort,
                random.nextBoolean() ? 1 + random.nextInt(40) : null,
                null);
    }

    private List<String> measures(String aggregation, int count) {
        Predicate<TestTable.Column> accepts;
        switch (aggregation) {
            case "sum":
            case "mean":
                accepts = c -> c.type().isNumeric() || c.type() == ColumnType.BOOLEAN && random.nextInt(3) == 0;
                break;
            case "median":
                accepts = c -> c.type().isNumeric();
                break;
            case "min":
            case "max":
                accepts = c -> c.type().isNumeric() || c.type().isTemporal();
                break;
            default:
                accepts = c -> true;
        }
        return names(count, accepts);
    }

    private TestTable.Column groupingColumn() {
        int roll = random.nextInt(10);
        if (roll < 4) {
            return pick(c -> c.type() == ColumnType.CATEGORY || c.type() == ColumnType.BOOLEAN);
        }
        if (roll < 7) {
            return pick(c -> c.type().isTemporal());
        }
        if (roll < 9) {
            return pick(c -> c.type() == ColumnType.TEXT || c.type() == ColumnType.INTEGER);
        }
        return pick(c -> true);
    }

    private String grain() {
        return random.nextInt(6) == 0 ? null : GRAINS[random.nextInt(GRAINS.length)];
    }

    private ChartSpec.Sort sort() {
        if (random.nextInt(3) == 0) {
            return null;
        }
        return new ChartSpec.Sort(random.nextBoolean() ? "x" : "y", random.nextBoolean() ? "asc" : "desc");
    }

    private Integer limit() {
        return random.nextInt(5) < 2 ? 1 + random.nextInt(12) : null;
    }

    private ChartSpec spec(
            String type,
            String x,
            List<String> y,
            String series,
            String aggregation,
            String grain,
            ChartSpec.Sort sort,
            Integer limit,
            Integer bins) {
        return new ChartSpec(type, x, y, series, aggregation, grain, filters(), sort, limit, bins, null, null);
    }

    private List<ChartSpec.Filter> filters() {
        int count = random.nextInt(5) < 2 ? 0 : 1 + random.nextInt(2);
        List<ChartSpec.Filter> filters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            filters.add(filter(pick(c -> true)));
        }
        return filters.isEmpty() ? null : filters;
    }

    private ChartSpec.Filter filter(TestTable.Column column) {
        ColumnType type = column.type();
        List<String> ops = new ArrayList<>(List.of("=", "!=", "in"));
        if (type != ColumnType.BOOLEAN) {
            ops.addAll(List.of(">", ">=", "<", "<=", "between"));
        }
        if (type.isText()) {
            ops.add("contains");
            ops.add("contains");
        }
        String op = ops.get(random.nextInt(ops.size()));
        switch (op) {
            case "in":
                List<Object> values = new ArrayList<>();
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                    values.add(filterValue(column));
                }
                return new ChartSpec.Filter(column.name(), op, values);
            case "between":
                return new ChartSpec.Filter(column.name(), op, List.of(filterValue(column), filterValue(column)));
            case "contains":
                String text = (String) sample(column);
                int from = random.nextInt(Math.max(1, text.length() - 2));
                return new ChartSpec.Filter(
                        column.name(), op, caseFlip(text.substring(from, Math.min(text.length(), from + 3))));
            default:
                return new ChartSpec.Filter(column.name(), op, filterValue(column));
        }
    }

    private Object filterValue(TestTable.Column column) {
        Object value = sample(column);
        switch (column.type()) {
            case INTEGER:
                long v = (Long) value;
                int roll = random.nextInt(4);
                return roll == 0 ? String.valueOf(v) : roll == 1 ? v + 0.5 : v;
            case DECIMAL:
                return random.nextInt(4) == 0 ? String.valueOf(value) : value;
            case DATE:
                LocalDate date = (LocalDate) value;
                return period(date, random.nextInt(5));
            case DATETIME:
                LocalDateTime time = (LocalDateTime) value;
                return random.nextInt(3) == 0
                        ? time.withNano(0).toString()
                        : period(time.toLocalDate(), random.nextInt(5));
            case BOOLEAN:
                return random.nextBoolean() ? value : String.valueOf(value);
            default:
                return random.nextInt(3) == 0 ? caseFlip((String) value) : value;
        }
    }

    private static String period(LocalDate date, int kind) {
        switch (kind) {
            case 0:
                return String.valueOf(date.getYear());
            case 1:
                return String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
            case 2:
                return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            default:
                return date.toString();
        }
    }

    private String caseFlip(String text) {
        return random.nextBoolean() ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
    }

    private Object sample(TestTable.Column column) {
        while (true) {
            Object value = column.values().get(random.nextInt(column.values().size()));
            if (value != null) {
                return value;
            }
        }
    }

    private boolean numeric(String name) {
        return table.columns().stream()
                .anyMatch(c -> c.name().equals(name) && c.type().isNumeric());
    }

    private TestTable.Column pick(Predicate<TestTable.Column> wanted) {
        List<TestTable.Column> candidates =
                table.columns().stream().filter(wanted).collect(Collectors.toList());
        return candidates.get(random.nextInt(candidates.size()));
    }

    private List<String> names(int count, Predicate<TestTable.Column> wanted) {
        List<TestTable.Column> candidates =
                table.columns().stream().filter(wanted).collect(Collectors.toList());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count && !candidates.isEmpty(); i++) {
            names.add(candidates.remove(random.nextInt(candidates.size())).name());
        }
        return names;
    }
}
