package io.datasage.charts.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A category dictionary reduced to unique, non-null values. Arrow writers normally emit unique dictionaries;
 * when one does not (duplicates, null entries), indices are mapped to canonical ids so groups stay exact.
 */
record Categories(String[] values, int[] canonical) {

    static Categories of(List<String> dictionary) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        int[] canonical = new int[dictionary.size()];
        boolean identity = true;
        for (int i = 0; i < dictionary.size(); i++) {
            String value = dictionary.get(i);
            if (value == null) {
                canonical[i] = -1;
                identity = false;
                continue;
            }
            Integer id = ids.putIfAbsent(value, ids.size());
            canonical[i] = id == null ? ids.size() - 1 : id;
            identity &= canonical[i] == i;
        }
        return new Categories(ids.keySet().toArray(new String[0]), identity ? null : canonical);
    }
}
