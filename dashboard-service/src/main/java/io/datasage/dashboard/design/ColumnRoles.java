package io.datasage.dashboard.design;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks what a dashboard is about: the measures worth summing or averaging, the dimensions worth grouping by,
 * the main time axis and the entity worth counting, from column names, types and cardinality.
 */
final class ColumnRoles {

    private static final List<String> ADDITIVE = List.of(
            "sales",
            "revenue",
            "amount",
            "profit",
            "cost",
            "costs",
            "quantity",
            "qty",
            "units",
            "total",
            "spend",
            "income",
            "expense",
            "expenses",
            "volume",
            "orders",
            "count",
            "clicks",
            "impressions",
            "conversions",
            "visits",
            "sessions",
            "value",
            "gmv",
            "margin",
            "balance",
            "payment",
            "fare");
    private static final List<String> AVERAGED = List.of(
            "price",
            "rate",
            "ratio",
            "pct",
            "percent",
            "percentage",
            "age",
            "score",
            "rating",
            "satisfaction",
            "temperature",
            "temp",
            "humidity",
            "pressure",
            "mpg",
            "salary",
            "discount",
            "avg",
            "average",
            "mean",
            "duration",
            "time",
            "days",
            "hours",
            "weight",
            "height",
            "horsepower",
            "speed",
            "nps");
    private static final List<String> DIMENSIONS = List.of(
            "region",
            "segment",
            "category",
            "department",
            "country",
            "state",
            "city",
            "type",
            "status",
            "channel",
            "gender",
            "product",
            "class",
            "group",
            "team",
            "origin",
            "source",
            "market",
            "location",
            "store",
            "brand",
            "tier",
            "level",
            "stage",
            "priority",
            "method",
            "mode",
            "industry",
            "sector");
    private static final List<String> ENTITIES = List.of(
            "customer",
            "client",
            "employee",
            "user",
            "patient",
            "student",
            "product",
            "account",
            "vendor",
            "supplier",
            "order",
            "respondent",
            "member");
    private static final List<String> EVENT_DATES = List.of(
            "order",
            "date",
            "created",
            "transaction",
            "timestamp",
            "time",
            "day",
            "month",
            "invoice",
            "sale",
            "purchase",
            "submitted",
            "start",
            "hire",
            "event");

    private final List<ColumnFacts> columns;

    ColumnRoles(List<ColumnFacts> columns) {
        this.columns = columns;
    }

    /** Numeric columns worth charting, most important first. */
    List<ColumnFacts> measures() {
        return columns.stream()
                .filter(c -> c.numeric() && !c.idLike() && !c.yearLike() && c.distinct() > 2)
                .sorted(Comparator.comparingDouble(ColumnRoles::measureScore).reversed())
                .toList();
    }

    /** True when a total of the column means something (sales), false when only its average does (price). */
    static boolean additive(ColumnFacts c) {
        if ("%".equals(c.unit()) || c.words().stream().anyMatch(AVERAGED::contains)) {
            return c.words().stream().anyMatch(ADDITIVE::contains)
                    && !c.has("price", "rate", "pct", "percent", "discount");
        }
        return true;
    }

    /** Categorical columns with few enough values to group by, most useful first. */
    List<ColumnFacts> dimensions() {
        return columns.stream()
                .filter(c -> c.categorical() && c.distinct() >= 2 && c.distinct() <= 50)
                .sorted(Comparator.comparingDouble(ColumnRoles::dimensionScore).reversed())
                .toList();
    }

    /** The main time axis: the event date when there are several. */
    Optional<ColumnFacts> time() {
        return columns.stream()
                .filter(c -> c.temporal() && c.distinct() > 1)
                .max(Comparator.comparingDouble(
                        c -> c.words().stream().filter(EVENT_DATES::contains).count()
                                - (c.has("ship", "due", "end", "closed", "birth", "dob") ? 2.0 : 0.0)));
    }

    /** An identifier or name of the things the rows are about (customers, employees...), to count distinct. */
    Optional<ColumnFacts> entity() {
        return columns.stream()
                .filter(c -> c.words().stream().anyMatch(ENTITIES::contains)
                        && (c.idLike() || c.has("name"))
                        && c.distinct() > 1)
                .findFirst();
    }

    private static double measureScore(ColumnFacts c) {
        double score = 0;
        for (int i = 0; i < ADDITIVE.size(); i++) {
            if (c.words().contains(ADDITIVE.get(i))) {
                score += 3 - i * 0.05;
            }
        }
        if ("$".equals(c.unit()) || "€".equals(c.unit()) || "£".equals(c.unit())) {
            score += 2;
        }
        score += c.words().stream().anyMatch(AVERAGED::contains) ? 1 : 0;
        score -= c.rows() == 0 ? 0 : 2.0 * c.nulls() / c.rows();
        return score + ("decimal".equals(c.type()) ? 0.2 : 0);
    }

    private static double dimensionScore(ColumnFacts c) {
        double score = c.words().stream().filter(DIMENSIONS::contains).count() * 2.0;
        // Between 3 and 12 groups reads best on a bar or pie.
        score += c.distinct() >= 3 && c.distinct() <= 12 ? 1.5 : c.distinct() <= 25 ? 0.5 : 0;
        score -= c.rows() == 0 ? 0 : 2.0 * c.nulls() / c.rows();
        return score - ("boolean".equals(c.type()) ? 0.5 : 0);
    }
}
