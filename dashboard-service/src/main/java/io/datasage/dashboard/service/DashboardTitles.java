package io.datasage.dashboard.service;

import io.datasage.dashboard.client.ChatAnswer;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.problem.ProblemException;

/** Dashboard titles: the user's when given (checked), else one made from what the dashboard starts with. */
final class DashboardTitles {

    private static final int MAX = 120;

    private DashboardTitles() {}

    /** The title of a new dashboard. */
    static String dashboard(String given, ChatAnswer answer, DatasetInfo dataset) {
        if (given != null && !given.isBlank()) {
            return checked(given);
        }
        if (answer != null && answer.question() != null && !answer.question().isBlank()) {
            return shorten(answer.question().strip());
        }
        return shorten(dataset.name() + " dashboard");
    }

    /** A user's title, stripped; 422 when empty or too long. */
    static String checked(String title) {
        String t = title.strip();
        if (t.isEmpty()) {
            throw ProblemException.unprocessable("The title is empty; give the dashboard a name.");
        }
        if (t.length() > MAX) {
            throw ProblemException.unprocessable(
                    "The title is " + t.length() + " characters; keep it under " + MAX + ".");
        }
        return t;
    }

    private static String shorten(String s) {
        String t = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.length() <= MAX ? t : t.substring(0, MAX - 1) + "…";
    }
}
