package io.datasage.ai.planner;

import java.util.List;

/**
 * Binds "x axis" and "y axis" to the column they name: the column before the words when it is not yet bound
 * ("price on the y axis"), else the one after them ("x axis: region", "x-axis is year, y-axis is sales").
 */
final class AxisWords {

    private AxisWords() {}

    /** For each part, "x" or "y" when it is a column placed on that axis, else null. */
    static String[] bind(List<Part> parts) {
        String[] axis = new String[parts.size()];
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.AXIS)) {
                continue;
            }
            if (k > 0 && parts.get(k - 1).kind == Part.Kind.COLUMN && axis[k - 1] == null) {
                axis[k - 1] = p.arg;
            } else if (k + 1 < parts.size() && parts.get(k + 1).kind == Part.Kind.COLUMN) {
                axis[k + 1] = p.arg;
            }
        }
        return axis;
    }
}
