package io.datasage.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic sales CSV of 12 mixed-type columns (integers, decimals, dates, datetimes, categories,
 * nulls), the same bytes for the same row count on every machine, so that runs can be compared.
 */
public final class SalesCsvGenerator {

    static final String HEADER =
            "order_id,order_date,ship_time,region,segment,category,customer,quantity,unit_price,discount,sales,profit";
    private static final String[] REGIONS = {"West", "East", "Central", "South"};
    private static final String[] SEGMENTS = {"Consumer", "Corporate", "Home Office"};
    private static final String[] CATEGORIES = {
        "Bookcases",
        "Chairs",
        "Furnishings",
        "Tables",
        "Appliances",
        "Art",
        "Binders",
        "Envelopes",
        "Fasteners",
        "Labels",
        "Paper",
        "Storage",
        "Supplies",
        "Accessories",
        "Copiers",
        "Machines",
        "Phones"
    };
    private static final LocalDate START = LocalDate.of(2019, 1, 1);

    private SalesCsvGenerator() {}

    /** Writes {@code rows} rows (plus a header) to {@code file} unless an identical file is already there. */
    public static Path write(Path file, int rows) throws IOException {
        if (Files.exists(file) && Files.size(file) > 0) {
            return file;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        SplittableRandom random = new SplittableRandom(20_241_126L + rows);
        StringBuilder line = new StringBuilder(160);
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 1; i <= rows; i++) {
                line.setLength(0);
                LocalDate date = START.plusDays(random.nextInt(6 * 365));
                LocalDateTime shipped = date.atStartOfDay().plusMinutes(60L * 24 + random.nextInt(5 * 24 * 60));
                int quantity = 1 + random.nextInt(14);
                double price = Math.round((2 + random.nextDouble() * 998) * 100) / 100.0;
                boolean noDiscount = random.nextInt(20) == 0;
                double discount = noDiscount ? 0 : Math.round(random.nextDouble() * 0.8 * 100) / 100.0;
                double sales = Math.round(quantity * price * (1 - discount) * 100) / 100.0;
                double profit = Math.round(sales * (random.nextDouble() * 0.7 - 0.2) * 100) / 100.0;
                line.append(i)
                        .append(',')
                        .append(date)
                        .append(',')
                        .append(shipped.toLocalDate())
                        .append(' ')
                        .append(shipped.toLocalTime())
                        .append(',')
                        .append(REGIONS[random.nextInt(REGIONS.length)])
                        .append(',')
                        .append(SEGMENTS[random.nextInt(SEGMENTS.length)])
                        .append(',')
                        .append(CATEGORIES[random.nextInt(CATEGORIES.length)])
                        .append(',')
                        .append("Customer ")
                        .append(1 + random.nextInt(800))
                        .append(',')
                        .append(quantity)
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.2f", price))
                        .append(',')
                        // About 2% of discounts are missing, as in real exports.
                        .append(random.nextInt(50) == 0 ? "" : String.format(Locale.ROOT, "%.2f", discount))
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.2f", sales))
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.2f", profit))
                        .append('\n');
                out.append(line);
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
