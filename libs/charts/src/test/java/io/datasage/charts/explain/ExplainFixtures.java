package io.datasage.charts.explain;

import io.datasage.charts.ArrowDatasets;
import io.datasage.charts.Dataset;
import io.datasage.ingest.FormatSniffer;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.Ingestor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * The CSV files the explanation tests read: written like real exports (currency and percent signs, thousands
 * separators, US and European dates, yes/no flags, empty cells, a semicolon file with decimal commas, names and
 * values with quotes), then ingested the way uploads are.
 */
final class ExplainFixtures {

    /** An ingested file: its name in the SQL and the dataset the engine renders. */
    record Fixture(String fileName, String delimiter, Dataset data) {}

    private static final String[] REGIONS = {"West", "East", "South", "Central"};
    private static final String[] SEGMENTS = {"Consumer", "Corporate", "Home Office"};

    private ExplainFixtures() {}

    /** 800 orders over four years. */
    static Fixture orders(Path dir) throws Exception {
        Path file = dir.resolve("orders.csv");
        Random random = new Random(7);
        DateTimeFormatter us = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("Order Date,Ship Time,Region,Segment,Customer,Sales,Quantity,Discount,Returned,Profit,Rating\n");
            for (int i = 0; i < 800; i++) {
                LocalDate day = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1461));
                LocalDateTime shipped = day.atStartOfDay().plusMinutes(60 + random.nextInt(5 * 24 * 60));
                double sales = Math.round(random.nextDouble() * random.nextDouble() * 250_000) / 100.0;
                out.write(String.join(
                        ",",
                        random.nextInt(50) == 0 ? "" : day.format(us),
                        shipped.toString().replace('T', ' ') + ":00",
                        random.nextInt(30) == 0 ? "" : REGIONS[random.nextInt(REGIONS.length)],
                        SEGMENTS[random.nextInt(SEGMENTS.length)],
                        "Customer " + (100 + random.nextInt(150)),
                        random.nextInt(40) == 0 ? "" : "\"" + String.format(Locale.US, "$%,.2f", sales) + "\"",
                        random.nextInt(20) == 0 ? "" : Integer.toString(1 + random.nextInt(14)),
                        random.nextInt(5) * 5 + "%",
                        random.nextInt(6) == 0 ? "yes" : "no",
                        String.format(Locale.ROOT, "%.2f", (random.nextGaussian() * 80) - 5),
                        Integer.toString(1 + random.nextInt(5))));
                out.write('\n');
            }
        }
        return ingest(file, null);
    }

    /** 40 cars; a header and values with quotes and SQL in them. */
    static Fixture cars(Path dir) throws Exception {
        Path file = dir.resolve("cars.csv");
        String[] makes = {"Audi", "BMW", "Ford", "O'Neil", "x'); DROP TABLE t; --", "Kia", "Tesla", "Fiat", "Seat"};
        Random random = new Random(11);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("Make,\"Model \"\"trim\"\"\",Price ($),Transmission,Year,Mileage\n");
            for (int i = 0; i < 40; i++) {
                String make = makes[random.nextInt(makes.length)];
                out.write(String.join(
                        ",",
                        "\"" + make.replace("\"", "\"\"") + "\"",
                        "\"M" + random.nextInt(6) + " \"\"" + (random.nextBoolean() ? "S" : "LX") + "\"\"\"",
                        Integer.toString(15_000 + random.nextInt(60_000)),
                        random.nextInt(3) == 0 ? "Manual" : "Automatic",
                        Integer.toString(2010 + random.nextInt(14)),
                        random.nextInt(10) == 0 ? "" : Integer.toString(random.nextInt(200_000))));
                out.write('\n');
            }
        }
        return ingest(file, null);
    }

    /** 300 European rows: semicolons, decimal commas, day-first dates, two-digit years across the century pivot. */
    static Fixture european(Path dir) throws Exception {
        Path file = dir.resolve("umsatz.csv");
        Random random = new Random(13);
        DateTimeFormatter dotted = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        DateTimeFormatter shortYear = DateTimeFormatter.ofPattern("dd/MM/yy");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("Datum;Geburtstag;Filiale;Umsatz;Menge\n");
            for (int i = 0; i < 300; i++) {
                LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(365));
                LocalDate birthday =
                        LocalDate.of(1940 + random.nextInt(70), 1, 1).plusDays(random.nextInt(365));
                double amount = Math.round(random.nextDouble() * 500_000) / 100.0;
                String text = String.format(Locale.GERMANY, "%,.2f", amount);
                out.write(String.join(
                        ";",
                        day.format(dotted),
                        birthday.format(shortYear),
                        "Filiale " + (char) ('A' + random.nextInt(5)),
                        text,
                        Integer.toString(random.nextInt(30))));
                out.write('\n');
            }
        }
        return ingest(file, ";");
    }

    private static Fixture ingest(Path file, String delimiter) throws Exception {
        Path arrow = file.resolveSibling(file.getFileName() + ".arrow");
        new Ingestor(IngestOptions.defaults())
                .ingest(file, FormatSniffer.sniff(file, file.getFileName().toString()), arrow, null);
        return new Fixture(file.getFileName().toString(), delimiter, ArrowDatasets.openUncached(arrow));
    }

    static void close(Fixture fixture) throws IOException {
        fixture.data().close();
    }
}
