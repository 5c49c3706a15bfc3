package io.datasage.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The one error body every service returns ({@code application/problem+json}, RFC 9457). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    /** Media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose type is derived from the status, e.g. {@code https://datasage.io/problems/not-found}. */
    public static Problem of(int status, String title, String detail) {
        return new Problem(typeFor(title), title, status, detail, null);
    }

    /** A stable type URI from a title: "Not Found" becomes {@code .../problems/not-found}. */
    static String typeFor(String title) {
        String slug = title.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "https://datasage.io/problems/" + slug;
    }
}
