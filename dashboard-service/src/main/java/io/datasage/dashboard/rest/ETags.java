package io.datasage.dashboard.rest;

import io.datasage.dashboard.service.DashboardEditor;
import io.datasage.platform.problem.ProblemException;

/** The dashboard's revision as an entity tag: {@code "7"}; If-Match may send it weak ({@code W/"7"}) too. */
final class ETags {

    private ETags() {}

    /** The ETag header value of a revision. */
    static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /** The revision named by an If-Match header, null when there is none, {@link DashboardEditor#ANY_REVISION} for {@code *}. */
    static Long revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        if (ifMatch.strip().equals("*")) {
            return DashboardEditor.ANY_REVISION;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    412,
                    "Precondition Failed",
                    "If-Match '" + ifMatch
                            + "' is not an ETag of this dashboard; send the ETag header of GET as it is.");
        }
    }
}
