package io.datasage.dashboard.design;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;

/**
 * How a tile's figure is drawn beyond what its spec computes: skewed measures get a log value axis or a range
 * clipped at a high percentile (the rows left out are counted and said on the tile).
 *
 * @param valueScale {@code log} draws the value axis (y; a histogram's counts) on a log scale; null is linear
 * @param clipAbove a histogram leaves out values above this and says how many it left out; null shows all
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Display(String valueScale, Double clipAbove) {

    public Display {
        valueScale = valueScale == null || valueScale.isBlank() ? null : valueScale.toLowerCase(Locale.ROOT);
    }

    /** True when the value axis is logarithmic. */
    @JsonIgnore
    public boolean logScale() {
        return "log".equals(valueScale);
    }

    /** What is wrong with these settings, or null when they are usable. */
    @JsonIgnore
    public String problem() {
        if (valueScale != null && !"log".equals(valueScale) && !"linear".equals(valueScale)) {
            return "display.value_scale must be 'log' or 'linear'; got '" + valueScale + "'";
        }
        if (clipAbove != null && (clipAbove.isNaN() || clipAbove.isInfinite())) {
            return "display.clip_above must be a finite number";
        }
        return null;
    }
}
