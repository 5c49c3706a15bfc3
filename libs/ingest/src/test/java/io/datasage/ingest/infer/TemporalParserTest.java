package io.datasage.ingest.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Dates and date-times in every supported layout. */
class TemporalParserTest {

    private final TemporalParser parser = new TemporalParser();

    private LocalDate date(String text, DateStyle style) {
        int mask = parser.parse(text);
        assertThat(mask & style.bit()).as(text + " in " + style).isNotZero();
        return LocalDate.ofEpochDay(parser.epochDay(style));
    }

    @Test
    void readsEveryDocumentedLayout() {
        LocalDate expected = LocalDate.of(2017, 12, 30);
        assertThat(date("2017-12-30", DateStyle.ISO)).isEqualTo(expected);
        assertThat(date("12/30/2017", DateStyle.US_SLASH)).isEqualTo(expected);
        assertThat(date("12/30/17", DateStyle.US_SLASH_YY)).isEqualTo(expected);
        assertThat(date("30.12.2017", DateStyle.DOT)).isEqualTo(expected);
        assertThat(date("30/12/2017", DateStyle.EU_SLASH)).isEqualTo(expected);
        assertThat(date("2017/12/30", DateStyle.YMD_SLASH)).isEqualTo(expected);
        assertThat(date("30-Dec-2017", DateStyle.D_MON_Y)).isEqualTo(expected);
        assertThat(date("Dec 30, 2017", DateStyle.MON_D_Y)).isEqualTo(expected);
        assertThat(date("December 30, 2017", DateStyle.MON_D_Y)).isEqualTo(expected);
        assertThat(date("1/5/2017", DateStyle.US_SLASH)).isEqualTo(LocalDate.of(2017, 1, 5));
    }

    @Test
    void ambiguousDayMonthFitsBothOrdersAndProofFitsOne() {
        int ambiguous = parser.parse("01/02/2017");
        assertThat(ambiguous & DateStyle.US_SLASH.bit()).isNotZero();
        assertThat(ambiguous & DateStyle.EU_SLASH.bit()).isNotZero();
        int dayFirst = parser.parse("30/12/2017");
        assertThat(dayFirst).isEqualTo(DateStyle.EU_SLASH.bit());
    }

    @Test
    void twoDigitYearsMapTo1950Through2049() {
        assertThat(date("12/30/49", DateStyle.US_SLASH_YY).getYear()).isEqualTo(2049);
        assertThat(date("12/30/50", DateStyle.US_SLASH_YY).getYear()).isEqualTo(1950);
    }

    @Test
    void readsDateTimesAndConvertsOffsetsToUtc() {
        int mask = parser.parse("2017-12-30T14:05:09.250+01:00");
        assertThat(mask).isEqualTo(DateStyle.ISO.bit());
        assertThat(parser.hasTime()).isTrue();
        assertThat(LocalDateTime.ofEpochSecond(parser.epochMillis(DateStyle.ISO) / 1000, 250_000_000, ZoneOffset.UTC))
                .isEqualTo(LocalDateTime.of(2017, 12, 30, 13, 5, 9, 250_000_000));
        parser.parse("2017-12-30 14:05");
        assertThat(parser.epochMillis(DateStyle.ISO))
                .isEqualTo(LocalDateTime.of(2017, 12, 30, 14, 5).toEpochSecond(ZoneOffset.UTC) * 1000);
        parser.parse("12/30/2017 2:05 PM");
        assertThat(parser.epochMillis(DateStyle.US_SLASH))
                .isEqualTo(LocalDateTime.of(2017, 12, 30, 14, 5).toEpochSecond(ZoneOffset.UTC) * 1000);
        parser.parse("2017-12-30T14:05:00Z");
        assertThat(parser.timeFeatures() & TemporalParser.ZONE).isNotZero();
        // A date without a time after one with a time is midnight, not the previous value's time.
        parser.parse("2017-12-31");
        assertThat(parser.epochMillis(DateStyle.ISO))
                .isEqualTo(LocalDateTime.of(2017, 12, 31, 0, 0).toEpochSecond(ZoneOffset.UTC) * 1000);
    }

    @Test
    void rejectsImpossibleDatesAndNumbers() {
        for (String text : new String[] {
            "2017-02-30", "13/13/2017", "20171230", "12.5", "2017-12-30 25:00", "hello world", "12/30/2017 14:05 PM"
        }) {
            assertThat(parser.parse(text)).as(text).isZero();
        }
        assertThat(parser.parse("2016-02-29")).isNotZero();
    }
}
