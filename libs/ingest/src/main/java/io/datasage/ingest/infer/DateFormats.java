package io.datasage.ingest.infer;

/** Writes a column's date or date-time layout in {@code java.time} pattern letters for the profile. */
final class DateFormats {

    private DateFormats() {}

    static String describe(DateStyle style, boolean withTime, int features) {
        String date = style.pattern();
        if ((features & TemporalParser.FULL_MONTH_NAME) != 0) {
            date = date.replace("MMM", "MMMM");
        }
        if (!withTime) {
            return date;
        }
        boolean amPm = (features & TemporalParser.AM_PM) != 0;
        StringBuilder out = new StringBuilder(date);
        out.append((features & TemporalParser.T_SEPARATOR) != 0 ? "'T'" : " ");
        out.append(amPm ? "h:mm" : "HH:mm");
        if ((features & TemporalParser.SECONDS) != 0) {
            out.append(":ss");
        }
        if ((features & TemporalParser.FRACTION) != 0) {
            out.append(".SSS");
        }
        if (amPm) {
            out.append(" a");
        }
        if ((features & TemporalParser.ZONE) != 0) {
            out.append("XXX");
        }
        return out.toString();
    }
}
