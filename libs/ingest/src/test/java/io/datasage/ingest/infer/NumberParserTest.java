package io.datasage.ingest.infer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as exports write them, in both separator conventions. */
class NumberParserTest {

    private final NumberParser parser = new NumberParser();

    @Test
    void readsPlainIntegersAndDecimalsInBothStyles() {
        assertThat(parser.parse("42")).isTrue();
        assertThat(parser.longValue(NumberStyle.POINT)).isEqualTo(42);
        assertThat(parser.integral(NumberStyle.COMMA)).isTrue();
        assertThat(parser.parse("-3.25")).isTrue();
        assertThat(parser.value(NumberStyle.POINT)).isEqualTo(-3.25);
        assertThat(parser.ok(NumberStyle.COMMA)).isFalse();
        assertThat(parser.parse("+.5")).isTrue();
        assertThat(parser.value(NumberStyle.POINT)).isEqualTo(0.5);
    }

    @Test
    void plainNumbersOfAnyLengthReadAsTheJdkReadsThem() {
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            // Leading zeros, up to 24 integer digits (past the 18 a long keeps) and up to 8 decimals.
            int integerDigits = 1 + random.nextInt(24);
            for (int d = 0; d < integerDigits; d++) {
                text.append(random.nextInt(4) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                text.append('.');
                for (int d = random.nextInt(9); d >= 0; d--) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            String s = text.toString();
            assertThat(parser.parse(s, NumberStyle.POINT)).as(s).isTrue();
            double expected = Double.parseDouble(s);
            assertThat(parser.value(NumberStyle.POINT)).as(s).isEqualTo(expected == 0 ? 0.0 : expected);
            String digits = s.replace("-", "").replace(".", "").replaceFirst("^0+", "");
            boolean integral = s.indexOf('.') < 0 && digits.length() <= 18;
            assertThat(parser.integral(NumberStyle.POINT)).as(s).isEqualTo(integral);
            if (integral) {
                assertThat(parser.longValue(NumberStyle.POINT)).as(s).isEqualTo(Long.parseLong(s));
            }
        }
    }

    @Test
    void thousandsSeparatorsNeedGroupsOfThree() {
        assertThat(parser.parse("1,234,567")).isTrue();
        assertThat(parser.longValue(NumberStyle.POINT)).isEqualTo(1_234_567);
        assertThat(parser.parse("1,234.50")).isTrue();
        assertThat(parser.value(NumberStyle.POINT)).isEqualTo(1234.5);
        assertThat(parser.ok(NumberStyle.COMMA)).isFalse();
        assertThat(parser.parse("12,34,567")).isFalse();
        assertThat(parser.parse("1 234 567")).isTrue();
        assertThat(parser.longValue(NumberStyle.COMMA)).isEqualTo(1_234_567);
    }

    @Test
    void decimalCommaReadsOnlyInCommaStyle() {
        assertThat(parser.parse("12,5")).isTrue();
        assertThat(parser.ok(NumberStyle.POINT)).isFalse();
        assertThat(parser.value(NumberStyle.COMMA)).isEqualTo(12.5);
        assertThat(parser.parse("1.234,56")).isTrue();
        assertThat(parser.value(NumberStyle.COMMA)).isEqualTo(1234.56);
        // Ambiguous: both styles fit, with different values.
        assertThat(parser.parse("1,234")).isTrue();
        assertThat(parser.value(NumberStyle.POINT)).isEqualTo(1234);
        assertThat(parser.value(NumberStyle.COMMA)).isEqualTo(1.234);
    }

    @Test
    void currencyPercentParenthesesAndExponents() {
        assertThat(parser.parse("$1,200.00")).isTrue();
        assertThat(parser.unit()).isEqualTo('$');
        assertThat(parser.value(NumberStyle.POINT)).isEqualTo(1200);
        assertThat(parser.parse("-€5")).isTrue();
        assertThat(parser.unit()).isEqualTo('€');
        assertThat(parser.value(NumberStyle.POINT)).isEqualTo(-5);
        assertThat(parser.parse("12,50 €")).isTrue();
        assertThat(parser.value(NumberStyle.COMMA)).isEqualTo(12.5);
        assertThat(parser.parse("12%")).isTrue();
        assertThat(parser.unit()).isEqualTo('%');
        assertThat(parser.longValue(NumberStyle.POINT)).isEqualTo(12);
        assertThat(parser.parse("(1,234.5)")).isTrue();
        assertThat(parser.value(NumberStyle.POINT)).isEqualTo(-1234.5);
        assertThat(parser.parse("6.02e23")).isTrue();
        assertThat(parser.value(NumberStyle.POINT)).isEqualTo(6.02e23);
        assertThat(parser.integral(NumberStyle.POINT)).isFalse();
        assertThat(parser.parse("1E-5")).isTrue();
        assertThat(parser.value(NumberStyle.POINT)).isEqualTo(1e-5);
    }

    @Test
    void decimalValuesAreCorrectlyRounded() {
        for (String text : new String[] {"0.1", "123.456", "99999.99", "0.3", "1234567.891", "3.14159265358979"}) {
            assertThat(parser.parse(text)).isTrue();
            assertThat(parser.value(NumberStyle.POINT)).as(text).isEqualTo(Double.parseDouble(text));
        }
        assertThat(parser.parse("12345678901234567890.123")).isTrue();
        assertThat(parser.value(NumberStyle.POINT)).isEqualTo(12345678901234567890.123);
        assertThat(parser.integral(NumberStyle.POINT)).isFalse();
    }

    @Test
    void flagsLeadingZerosAndRejectsText() {
        assertThat(parser.parse("00123")).isTrue();
        assertThat(parser.leadingZero()).isTrue();
        assertThat(parser.parse("0.5")).isTrue();
        assertThat(parser.leadingZero()).isFalse();
        assertThat(parser.parse("0")).isTrue();
        assertThat(parser.leadingZero()).isFalse();
        for (String text : new String[] {"abc", "12abc", "1.2.3", "--5", "$", "2017-12-30", "12:30", "1e", "."}) {
            assertThat(parser.parse(text)).as(text).isFalse();
        }
    }
}
