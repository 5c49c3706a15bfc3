package io.datasage.charts.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for Plotly figure maps (insertion-ordered, Jackson-ready). */
public final class Plotly {

    private Plotly() {}

    /** A map from alternating keys and values; null values are left out. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    /** {@code {"text": text}}, Plotly's title object. */
    public static Map<String, Object> title(String text) {
        return map("text", text);
    }

    /** An axis with a title, a type and, for values with a unit, tick prefix/suffix. */
    public static Map<String, Object> axis(String title, String type, String unit) {
        Map<String, Object> axis = map("title", title(title), "type", type, "automargin", true);
        if (unit != null && !unit.isBlank()) {
            if (unit.equals("%")) {
                axis.put("ticksuffix", "%");
            } else {
                axis.put("tickprefix", unit);
            }
        }
        return axis;
    }

    /** The figure: data traces and layout, with notes as annotations under the plot. */
    public static Map<String, Object> figure(
            List<Map<String, Object>> traces, Map<String, Object> layout, List<String> notes) {
        if (!notes.isEmpty()) {
            List<Object> annotations = new ArrayList<>();
            for (int i = 0; i < notes.size(); i++) {
                annotations.add(map(
                        "text",
                        notes.get(i),
                        "showarrow",
                        false,
                        "xref",
                        "paper",
                        "yref",
                        "paper",
                        "x",
                        0,
                        "y",
                        -0.18 - 0.06 * i,
                        "xanchor",
                        "left",
                        "yanchor",
                        "top",
                        "font",
                        map("size", 11, "color", "#666")));
            }
            layout.put("annotations", annotations);
        }
        return map("data", traces, "layout", layout);
    }

    /** Plotly cannot serialise NaN: null instead. */
    public static Object number(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
