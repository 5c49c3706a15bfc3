package io.datasage.charts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random datasets with every column type, awkward column names, nulls (and columns without any), a
 * category dictionary, integers whose sums overflow a long, dates spanning years, weeks and days, non-ASCII text.
 */
final class RandomData {

    static final String[] REGIONS = {"West", "East", "Central", "South", "North", "Pacific", "Zoë Islands"};
    static final String[] SEGMENTS = {"Consumer", "Corporate", "Home Office"};

    private RandomData() {}

    static TestTable generate(long seed, int rows) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Object> region = new ArrayList<>();
        List<Object> segment = new ArrayList<>();
        List<Object> customer = new ArrayList<>();
        List<Object> qty = new ArrayList<>();
        List<Object> big = new ArrayList<>();
        List<Object> price = new ArrayList<>();
        List<Object> discount = new ArrayList<>();
        List<Object> weight = new ArrayList<>();
        List<Object> active = new ArrayList<>();
        List<Object> orderDate = new ArrayList<>();
        List<Object> shipDate = new ArrayList<>();
        List<Object> created = new ArrayList<>();
        int customers = 40 + random.nextInt(120);
        for (int i = 0; i < rows; i++) {
            region.add(nullOr(random, 0.05, REGIONS[skewed(random, REGIONS.length)]));
            segment.add(SEGMENTS[random.nextInt(SEGMENTS.length)]);
            customer.add(nullOr(random, 0.03, customerName(random.nextInt(customers))));
            qty.add(nullOr(random, 0.05, (long) random.nextInt(-20, 500)));
            big.add(nullOr(random, 0.02, random.nextLong(-1_000_000_000_000_000L, 9_000_000_000_000_000L)));
            price.add(nullOr(random, 0.04, random.nextInt(-5_000, 200_000) / 100.0));
            discount.add(nullOr(random, 0.3, random.nextInt(0, 50) / 100.0));
            weight.add(random.nextDouble() * 80 - 10);
            active.add(nullOr(random, 0.05, random.nextBoolean()));
            orderDate.add(nullOr(random, 0.03, LocalDate.of(2018, 1, 1).plusDays(random.nextInt(8 * 365))));
            shipDate.add(nullOr(random, 0.03, LocalDate.of(2024, 2, 20).plusDays(random.nextInt(50))));
            created.add(nullOr(
                    random,
                    0.03,
                    LocalDateTime.of(2024, 1, 1, 0, 0)
                            .plusSeconds(random.nextLong(150L * 86_400))
                            .plusNanos(random.nextInt(1000) * 1_000_000L)));
        }
        return new TestTable()
                .add("Region", ColumnType.CATEGORY, null, region)
                .add("Segment Name", ColumnType.CATEGORY, null, segment)
                .add("customer", ColumnType.TEXT, null, customer)
                .add("qty", ColumnType.INTEGER, null, qty)
                .add("Big Amount", ColumnType.INTEGER, null, big)
                .add("price ($)", ColumnType.DECIMAL, "$", price)
                .add("discount", ColumnType.DECIMAL, "%", discount)
                .add("weight kg", ColumnType.DECIMAL, null, weight)
                .add("active", ColumnType.BOOLEAN, null, active)
                .add("Order Date", ColumnType.DATE, null, orderDate)
                .add("ship_date", ColumnType.DATE, null, shipDate)
                .add("created at", ColumnType.DATETIME, null, created);
    }

    static String customerName(int id) {
        switch (id % 7) {
            case 0:
                return "ACME " + id;
            case 1:
                return "Ömer " + id;
            default:
                return "Cust-" + String.format("%03d", id);
        }
    }

    private static int skewed(SplittableRandom random, int n) {
        return Math.min(n - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * n / 2.5));
    }

    private static Object nullOr(SplittableRandom random, double nullShare, Object value) {
        return random.nextDouble() < nullShare ? null : value;
    }
}
