package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;
import io.datasage.charts.data.TableData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The filtered rows of a table, for a table chart without aggregation: the first {@code limit} in file order, or
 * the top {@code limit} by one column (nulls last, ties in file order) kept in a bounded heap.
 */
public final class RawRows {

    /** Kept rows as {@code batch << 32 | row}, in display order. */
    public record Result(List<Long> rows, long rowsScanned, long rowsMatched) {}

    private RawRows() {}

    public static Result select(
            TableData table, FilterSet filters, ColumnData sortColumn, boolean descending, int limit) {
        int[] ids = new int[Windows.SIZE];
        long[] counters = new long[2];
        List<Long> firstRows = new ArrayList<>();
        Comparator<Entry> order = order(descending);
        PriorityQueue<Entry> heap = new PriorityQueue<>(order.reversed());
        boolean text = sortColumn != null && sortColumn.type().isText();
        Windows.forEach(table, (batch, from, len) -> {
            counters[0] += len;
            counters[1] += filters.mask(batch, from, len, ids);
            for (int i = 0; i < len; i++) {
                if (ids[i] < 0) {
                    continue;
                }
                long ref = ((long) batch << 32) | (from + i);
                if (sortColumn == null) {
                    if (firstRows.size() < limit) {
                        firstRows.add(ref);
                    }
                    continue;
                }
                Entry entry = text
                        ? new Entry(ref, Double.NaN, (String) Cells.value(sortColumn, batch, from + i))
                        : new Entry(ref, Cells.number(sortColumn, batch, from + i), null);
                if (heap.size() < limit) {
                    heap.add(entry);
                } else if (order.compare(entry, heap.peek()) < 0) {
                    heap.poll();
                    heap.add(entry);
                }
            }
        });
        if (sortColumn == null) {
            return new Result(firstRows, counters[0], counters[1]);
        }
        List<Entry> sorted = new ArrayList<>(heap);
        sorted.sort(order);
        List<Long> rows = new ArrayList<>();
        for (Entry entry : sorted) {
            rows.add(entry.ref);
        }
        return new Result(rows, counters[0], counters[1]);
    }

    private static Comparator<Entry> order(boolean descending) {
        return (a, b) -> {
            boolean aNull = a.isNull();
            boolean bNull = b.isNull();
            int c;
            if (aNull || bNull) {
                c = aNull == bNull ? 0 : aNull ? 1 : -1;
            } else if (a.text != null) {
                c = descending ? b.text.compareTo(a.text) : a.text.compareTo(b.text);
            } else {
                c = descending ? Double.compare(b.number, a.number) : Double.compare(a.number, b.number);
            }
            return c != 0 ? c : Long.compare(a.ref, b.ref);
        };
    }

    /** A candidate row and its sort key. */
    private record Entry(long ref, double number, String text) {
        boolean isNull() {
            return text == null && Double.isNaN(number);
        }
    }
}
