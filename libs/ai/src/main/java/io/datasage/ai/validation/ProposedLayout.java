package io.datasage.ai.validation;

import io.datasage.contracts.chart.ChartSpec;
import java.util.List;

/**
 * A layout a model proposed, read but not yet checked against the data: the caller validates every spec against
 * the real columns and renders it before using any of it.
 *
 * @param title the proposed dashboard title, or null
 * @param pattern executive, analytical or operational, or null when the model named none of them
 * @param rationale the model's sentence on what the layout shows, or null
 * @param tiles the tiles in reading order
 */
public record ProposedLayout(String title, String pattern, String rationale, List<Tile> tiles) {

    public ProposedLayout {
        tiles = List.copyOf(tiles);
    }

    /**
     * One proposed tile.
     *
     * @param title the proposed title, or null
     * @param span the proposed width in a 4-column grid, or null
     * @param spec what it shows
     */
    public record Tile(String title, Integer span, ChartSpec spec) {}
}
