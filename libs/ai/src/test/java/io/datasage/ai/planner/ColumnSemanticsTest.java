package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name + profile -> role and default aggregation: the one table the planner, designer and insights share. */
class ColumnSemanticsTest {

    private static final long ROWS = 1000;

    @ParameterizedTest(name = "{0} ({1}) -> {7} {8}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # name             | type     | unit | distinct | min        | max        | top values     | role     | aggregation
            Sales              | decimal  | $    | 990      | 0.5        | 22000      | -              | MEASURE  | sum
            SALES_AMT          | decimal  | -    | 990      | 0.5        | 9000       | -              | MEASURE  | sum
            line_total         | decimal  | -    | 990      | 1          | 900        | -              | MEASURE  | sum
            Quantity           | integer  | -    | 14       | 1          | 14         | -              | MEASURE  | sum
            Profit Margin      | decimal  | %    | 500      | -20        | 50         | -              | MEASURE  | mean
            Gross Margin       | decimal  | -    | 500      | 0.01       | 0.6        | -              | MEASURE  | mean
            GROSS_TAKINGS      | decimal  | -    | 900      | 0          | 3900       | -              | MEASURE  | sum
            Stay [min]         | integer  | -    | 600      | 5          | 1440       | -              | MEASURE  | mean
            Balance            | decimal  | -    | 900      | 0          | 250000     | -              | MEASURE  | mean
            Annual Income      | decimal  | -    | 900      | 4000       | 900000     | -              | MEASURE  | mean
            Unit Price         | decimal  | $    | 300      | 1          | 500        | -              | MEASURE  | mean
            TotalPrice         | decimal  | -    | 800      | 1          | 5000       | -              | MEASURE  | sum
            Salary             | integer  | -    | 700      | 30000      | 200000     | -              | MEASURE  | mean
            Age                | integer  | -    | 60       | 18         | 80         | -              | MEASURE  | mean
            temperature_c      | decimal  | -    | 400      | -10        | 40         | -              | MEASURE  | mean
            clicks             | integer  | -    | 500      | 0          | 9000       | -              | MEASURE  | sum
            cpc                | decimal  | -    | 500      | 0.1        | 9          | -              | MEASURE  | mean
            Number of Bedrooms | integer  | -    | 7        | 1          | 7          | -              | MEASURE  | mean
            num_cylinders      | integer  | -    | 5        | 3          | 8          | -              | MEASURE  | mean
            Session No.        | integer  | -    | 24       | 1          | 24         | -              | MEASURE  | mean
            Dose Number        | integer  | -    | 4        | 1          | 4          | -              | MEASURE  | mean
            Order Number       | integer  | -    | 1000     | 10001      | 11000      | -              | ID       | count
            Order ID           | category | -    | 500      | -          | -          | -              | ID       | count
            Postal Code        | integer  | -    | 600      | 1040       | 99301      | -              | ID       | count
            Customer Name      | text     | -    | 793      | -          | -          | -              | LABEL    | count
            Region             | category | -    | 4        | -          | -          | West;East      | CATEGORY | count
            Order Date         | date     | -    | 900      | 2014-01-03 | 2017-12-30 | -              | DATE     | count
            model_year         | integer  | -    | 13       | 70         | 82         | -              | YEAR     | count
            Years at Company   | integer  | -    | 40       | 0          | 40         | -              | MEASURE  | mean
            Attrition          | category | -    | 2        | -          | -          | Yes;No         | BOOLEAN  | mean
            is_fraud           | integer  | -    | 2        | 0          | 1          | -              | BOOLEAN  | mean
            comments           | text     | -    | 950      | -          | -          | -              | TEXT     | count
            """)
    void reads_a_column(
            String name,
            String type,
            String unit,
            long distinct,
            String min,
            String max,
            String top,
            ColumnRole role,
            String aggregation) {
        List<String> values = top == null ? List.of() : Arrays.asList(top.split(";"));
        ColumnSchema column = new ColumnSchema(name, type, unit, distinct, 0, values, min, max);
        DatasetSchema schema = new DatasetSchema("table", ROWS, List.of(column));

        ColumnMeaning meaning = ColumnSemantics.of(schema).column(name).orElseThrow();

        assertThat(meaning.role()).as("role of %s", name).isEqualTo(role);
        assertThat(meaning.aggregation()).as("aggregation of %s", name).isEqualTo(aggregation);
    }
}
