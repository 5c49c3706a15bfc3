package io.datasage.ai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datasage.ai.prompt.LayoutPrompt;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a layout proposal: {@code {"title", "pattern", "rationale", "components": [{"title", "span", "spec"}]}}
 * (also {@code tiles} or {@code widgets} for the list, {@code chart_spec} for a tile's spec, or a bare spec as the
 * tile). Refuses, with a message for the model, what no dashboard should hold: fewer than 3 or more than
 * {@value LayoutPrompt#MAX_TILES} tiles, more than 4 KPIs or 2 tables, no chart, limits or bins above 50.
 */
public final class LayoutReader {

    /** The largest limit (groups, rows) and bin count a tile may ask for. */
    public static final int MAX_LIMIT = 50;

    private static final List<String> LIST_KEYS = List.of("components", "tiles", "widgets");
    private static final List<String> SPEC_KEYS = List.of("spec", "chart_spec", "chart_config", "chart");
    private static final Set<String> PATTERNS = Set.of("executive", "analytical", "operational");
    private static final int MAX_TEXT = 500;

    private LayoutReader() {}

    /** The layout in {@code node}. */
    public static ProposedLayout read(JsonNode node) throws InvalidAnswerException {
        if (node == null || !node.isObject()) {
            throw new InvalidAnswerException("the reply must be a JSON object with title and components");
        }
        JsonNode list = first(node, LIST_KEYS);
        if (list == null || !list.isArray()) {
            throw new InvalidAnswerException(
                    "components is missing or not a list; add \"components\": [{\"title\": ..., \"span\": ...,"
                            + " \"spec\": {\"chart_type\": ...}}]");
        }
        if (list.size() < 3 || list.size() > LayoutPrompt.MAX_TILES) {
            throw new InvalidAnswerException("a dashboard holds 3 to " + LayoutPrompt.MAX_TILES
                    + " tiles; you proposed " + list.size() + ": propose 3 to " + LayoutPrompt.MAX_TILES);
        }
        List<ProposedLayout.Tile> tiles = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            tiles.add(tile(list.get(i), i));
        }
        counts(tiles);
        return new ProposedLayout(
                text(node.get("title")), pattern(node.get("pattern")), text(node.get("rationale")), tiles);
    }

    private static ProposedLayout.Tile tile(JsonNode tile, int i) throws InvalidAnswerException {
        if (tile == null || !tile.isObject()) {
            throw new InvalidAnswerException("components[" + i + "] must be an object with title, span and spec");
        }
        JsonNode spec = first(tile, SPEC_KEYS);
        if ((spec == null || spec.isNull()) && (tile.has("chart_type") || tile.has("type"))) {
            spec = tile;
        }
        if (spec == null || !spec.isObject()) {
            throw new InvalidAnswerException("components[" + i + "].spec is missing or not an object; add \"spec\":"
                    + " {\"chart_type\": ..., \"x\": ..., \"y\": [...]} using columns from the table");
        }
        ChartSpec read;
        try {
            read = AnswerReader.toSpec((ObjectNode) spec.deepCopy());
        } catch (InvalidAnswerException e) {
            throw new InvalidAnswerException("components[" + i + "]: " + e.getMessage(), e);
        }
        bounded(read.limit(), "limit", i);
        bounded(read.bins(), "bins", i);
        JsonNode span = tile.get("span");
        return new ProposedLayout.Tile(
                text(tile.get("title")), span != null && span.canConvertToInt() ? span.asInt() : null, read);
    }

    private static void bounded(Integer value, String field, int i) throws InvalidAnswerException {
        if (value != null && (value < 1 || value > MAX_LIMIT)) {
            throw new InvalidAnswerException("components[" + i + "].spec." + field + " is " + value
                    + "; a dashboard tile takes 1 to " + MAX_LIMIT);
        }
    }

    private static void counts(List<ProposedLayout.Tile> tiles) throws InvalidAnswerException {
        int kpis = 0;
        int tables = 0;
        for (ProposedLayout.Tile t : tiles) {
            String type =
                    t.spec().chartType() == null ? "" : t.spec().chartType().toLowerCase(Locale.ROOT);
            kpis += "kpi".equals(type) ? 1 : 0;
            tables += "table".equals(type) ? 1 : 0;
        }
        if (kpis > 4) {
            throw new InvalidAnswerException("the layout has " + kpis + " KPIs; keep at most 4");
        }
        if (tables > 2) {
            throw new InvalidAnswerException("the layout has " + tables + " tables; keep at most 2");
        }
        if (kpis + tables == tiles.size()) {
            throw new InvalidAnswerException("the layout has no chart; add charts of different kinds");
        }
    }

    private static String pattern(JsonNode node) {
        String p = text(node);
        p = p == null ? null : p.toLowerCase(Locale.ROOT);
        return p != null && PATTERNS.contains(p) ? p : null;
    }

    private static JsonNode first(JsonNode node, List<String> keys) {
        return JsonFields.first(node, keys);
    }

    private static String text(JsonNode node) {
        return JsonFields.text(node, MAX_TEXT);
    }
}
