package io.datasage.ingest.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Distinct values and the most frequent ones, read as runs of equal values in a sorted array. */
final class SortedRuns {

    private SortedRuns() {}

    /** The first index of the first {@code n} sorted values whose value is at least {@code x} ({@code n} if none). */
    static int firstAtLeast(double[] sorted, int n, double x) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static long distinct(double[] sorted, int n) {
        long runs = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                runs++;
            }
        }
        return runs;
    }

    /** Up to {@code k} (value, count) pairs of values seen at least twice, most frequent first, ties by value. */
    static List<double[]> top(double[] sorted, int n, int k) {
        Comparator<double[]> weakestFirst =
                Comparator.<double[]>comparingDouble(p -> p[1]).thenComparing(p -> -p[0]);
        PriorityQueue<double[]> best = new PriorityQueue<>(weakestFirst);
        if (k <= 0) {
            return new ArrayList<>();
        }
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            // Values come in increasing order, so a run no longer than the weakest kept one (equal counts: the
            // larger value is the weaker) would be polled straight away: skip it without boxing anything.
            if (j - i >= 2 && (best.size() < k || j - i > best.peek()[1])) {
                best.add(new double[] {sorted[i], j - i});
                if (best.size() > k) {
                    best.poll();
                }
            }
            i = j;
        }
        List<double[]> out = new ArrayList<>(best);
        out.sort(weakestFirst.reversed());
        return out;
    }
}
