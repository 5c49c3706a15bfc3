package io.datasage.ai.planner;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import java.util.List;

/** Small schemas built in code, for unit tests that need a particular column name. */
final class Schemas {

    private Schemas() {}

    static ColumnSchema number(String name, String min, String max) {
        return new ColumnSchema(name, "decimal", null, 500, 0, null, min, max);
    }

    static ColumnSchema money(String name) {
        return new ColumnSchema(name, "decimal", "$", 5000, 0, null, "0", "10000");
    }

    static ColumnSchema integer(String name, long distinct, String min, String max) {
        return new ColumnSchema(name, "integer", null, distinct, 0, null, min, max);
    }

    static ColumnSchema date(String name, String min, String max) {
        return new ColumnSchema(name, "date", null, 900, 0, null, min, max);
    }

    static ColumnSchema datetime(String name, String min, String max) {
        return new ColumnSchema(name, "datetime", null, 9000, 0, null, min, max);
    }

    static ColumnSchema category(String name, String... values) {
        return new ColumnSchema(name, "category", null, values.length, 0, List.of(values), null, null);
    }

    /** A yes/no column holding true and false. */
    static ColumnSchema flag(String name) {
        return new ColumnSchema(name, "boolean", null, 2, 0, List.of("true", "false"), null, null);
    }

    static ColumnSchema text(String name, long distinct, String... values) {
        return new ColumnSchema(name, "text", null, distinct, 0, List.of(values), null, null);
    }

    static DatasetSchema of(long rows, ColumnSchema... columns) {
        return new DatasetSchema("test", rows, List.of(columns));
    }

    /** A sales table with the naming styles analysts' files use. */
    static DatasetSchema messySales() {
        return of(
                5000,
                text("Order ID", 2500, "A-1", "A-2"),
                date("OrderDate", "2021-01-01", "2023-06-30"),
                date("ship_date", "2021-01-03", "2023-07-04"),
                text("Customer ID", 700, "C-1", "C-2"),
                text("Customer Name", 700, "Ann Lee", "Bo Chen"),
                category("Segment", "Consumer", "Corporate", "Home Office"),
                category("Region", "West", "East", "Central", "South"),
                category("Category", "Furniture", "Technology", "Office Supplies"),
                money("SALES_AMT"),
                money("Profit ($)"),
                integer("Qty", 14, "1", "14"),
                number("Unit Price", "1", "999"),
                integer("Postal Code", 600, "1040", "99301"));
    }
}
