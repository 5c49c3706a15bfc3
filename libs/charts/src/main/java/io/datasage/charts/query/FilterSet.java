package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;
import io.datasage.charts.data.TableData;
import io.datasage.charts.spec.FilterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** All filters of a spec, ANDed: the first step of every scan. */
public final class FilterSet {

    private final List<RowFilter> filters;

    private FilterSet(List<RowFilter> filters) {
        this.filters = filters;
    }

    /** Compiles validated filters for the table's columns. */
    public static FilterSet compile(TableData table, List<FilterSpec> specs) {
        List<RowFilter> filters = new ArrayList<>();
        for (FilterSpec spec : specs) {
            ColumnData column = table.column(spec.column().name());
            if (column == null) {
                throw new IllegalArgumentException(
                        "filter column '" + spec.column().name() + "' is not in the dataset");
            }
            filters.add(FilterCompiler.compile(column, spec));
        }
        return new FilterSet(filters);
    }

    /** Sets {@code ids[0, len)} to 0 for rows that pass every filter and -1 otherwise; returns how many pass. */
    public int mask(int batch, int from, int len, int[] ids) {
        Arrays.fill(ids, 0, len, 0);
        if (filters.isEmpty()) {
            return len;
        }
        for (RowFilter filter : filters) {
            filter.apply(batch, from, len, ids);
        }
        int passed = 0;
        for (int i = 0; i < len; i++) {
            passed += ~ids[i] >>> 31;
        }
        return passed;
    }

    /** These filters plus "{@code column} is not null". */
    public FilterSet withNotNull(ColumnData column) {
        List<RowFilter> more = new ArrayList<>(filters);
        more.add(new NotNullFilter(column));
        return new FilterSet(more);
    }

    public boolean isEmpty() {
        return filters.isEmpty();
    }
}
