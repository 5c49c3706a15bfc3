package io.datasage.ingest.infer;

/** Reads true/false/yes/no/y/n/t/f in any case; 0 and 1 are deliberately numbers, not booleans. */
public final class BooleanParser {

    /** Returned by {@link #parse} for a value that is not a boolean. */
    public static final int NOT_BOOLEAN = -1;

    private BooleanParser() {}

    /** @return 1 for true, 0 for false, {@link #NOT_BOOLEAN} otherwise */
    public static int parse(String trimmed) {
        switch (trimmed.length()) {
            case 1:
                char c = Character.toLowerCase(trimmed.charAt(0));
                if (c == 't' || c == 'y') {
                    return 1;
                }
                return c == 'f' || c == 'n' ? 0 : NOT_BOOLEAN;
            case 2:
                return trimmed.equalsIgnoreCase("no") ? 0 : NOT_BOOLEAN;
            case 3:
                return trimmed.equalsIgnoreCase("yes") ? 1 : NOT_BOOLEAN;
            case 4:
                return trimmed.equalsIgnoreCase("true") ? 1 : NOT_BOOLEAN;
            case 5:
                return trimmed.equalsIgnoreCase("false") ? 0 : NOT_BOOLEAN;
            default:
                return NOT_BOOLEAN;
        }
    }
}
