package io.datasage.dashboard.export;

import io.datasage.dashboard.service.NumberFormat;
import java.util.List;
import java.util.Map;

/** Reads KPI and table figures (Plotly indicator and table traces) to write them as plain HTML. */
final class Figures {

    private Figures() {}

    /** "$1,234.5" from an indicator trace: prefix, the value, suffix. */
    @SuppressWarnings("unchecked")
    static String kpiText(Map<String, Object> figure) {
        Map<String, Object> trace = first(figure);
        Object value = trace.get("value");
        Map<String, Object> number =
                trace.get("number") instanceof Map ? (Map<String, Object>) trace.get("number") : Map.of();
        String text = value instanceof Number ? NumberFormat.plain(((Number) value).doubleValue()) : "–";
        return String.valueOf(number.getOrDefault("prefix", "")) + text + number.getOrDefault("suffix", "");
    }

    /** True for a figure whose first trace is a table. */
    static boolean isTable(Map<String, Object> figure) {
        return "table".equals(first(figure).get("type"));
    }

    /** Writes a table trace as an HTML table. */
    @SuppressWarnings("unchecked")
    static void table(StringBuilder html, Map<String, Object> figure) {
        Map<String, Object> trace = first(figure);
        List<Object> headers = (List<Object>) ((Map<String, Object>) trace.get("header")).get("values");
        List<List<Object>> columns = (List<List<Object>>) ((Map<String, Object>) trace.get("cells")).get("values");
        html.append("<table><thead><tr>");
        headers.forEach(
                h -> html.append("<th>").append(Html.escape(String.valueOf(h))).append("</th>"));
        html.append("</tr></thead><tbody>");
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (int r = 0; r < rows; r++) {
            html.append("<tr>");
            for (List<Object> column : columns) {
                Object v = r < column.size() ? column.get(r) : null;
                boolean number = v instanceof Number;
                html.append(number ? "<td class=\"n\">" : "<td>")
                        .append(
                                v == null
                                        ? ""
                                        : Html.escape(
                                                number
                                                        ? NumberFormat.plain(((Number) v).doubleValue())
                                                        : String.valueOf(v)))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> figure) {
        Object data = figure.get("data");
        if (data instanceof List && !((List<?>) data).isEmpty() && ((List<?>) data).get(0) instanceof Map) {
            return (Map<String, Object>) ((List<?>) data).get(0);
        }
        return Map.of();
    }
}
