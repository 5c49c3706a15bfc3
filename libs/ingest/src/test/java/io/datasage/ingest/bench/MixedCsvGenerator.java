package io.datasage.ingest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a deterministic CSV of mixed columns like a sales export: 12 columns (integer ids and quantities, decimal
 * prices with 5% empty discounts, ISO dates and date-times, low-cardinality categories, a boolean, a high-cardinality
 * customer id and a normally distributed rating). About 97 bytes per row.
 */
public final class MixedCsvGenerator {

    private static final String[] REGIONS = {"North", "South", "East", "West", "Central"};
    private static final String[] PRODUCTS = {"Widget", "Gadget", "Doohickey", "Thingamajig", "Whatsit", "Gizmo"};

    private MixedCsvGenerator() {}

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    public static Path write(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        LocalDate start = LocalDate.of(2020, 1, 1);
        StringBuilder line = new StringBuilder(128);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,order_date,region,product,quantity,unit_price,discount,revenue,active,customer,rating,ts\n");
            for (int i = 0; i < rows; i++) {
                LocalDate day = start.plusDays(random.nextInt(1501));
                int quantity = 1 + random.nextInt(50);
                long priceCents = 100 + random.nextInt(49_901);
                line.setLength(0);
                line.append(i + 1)
                        .append(',')
                        .append(day)
                        .append(',')
                        .append(REGIONS[random.nextInt(REGIONS.length)])
                        .append(',')
                        .append(PRODUCTS[random.nextInt(PRODUCTS.length)])
                        .append(',')
                        .append(quantity)
                        .append(',');
                cents(line, priceCents).append(',');
                if (random.nextInt(20) != 0) {
                    line.append("0.").append(random.nextInt(300) + 100);
                }
                line.append(',');
                cents(line, priceCents * quantity)
                        .append(',')
                        .append(random.nextBoolean() ? "true" : "false")
                        .append(',')
                        .append("cust_")
                        .append(1 + random.nextInt(200_000))
                        .append(',');
                cents(line, Math.round((3.5 + gaussian(random)) * 100))
                        .append(',')
                        .append(day)
                        .append(' ');
                two(line, random.nextInt(24)).append(':');
                two(line, random.nextInt(60)).append(':');
                two(line, random.nextInt(60)).append('\n');
                out.append(line);
            }
        }
        return file;
    }

    private static StringBuilder cents(StringBuilder out, long cents) {
        if (cents < 0) {
            out.append('-');
            cents = -cents;
        }
        out.append(cents / 100).append('.');
        return two(out, (int) (cents % 100));
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append(value < 10 ? "0" : "").append(value);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
