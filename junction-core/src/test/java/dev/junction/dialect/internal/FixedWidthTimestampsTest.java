package dev.junction.dialect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLite's date-time text is parsed at fixed positions where it has one of the usual forms, with exactly the result
 * of the general parser; any other form is left to the general parser. (A pure function of the text: the dialect
 * round trips are in {@code loading.ThroughTimestampsTest}.)
 */
class FixedWidthTimestampsTest {

    @Test
    void usualFormsParseAsTheGeneralParserParsesThem() {
        List<String> usual = List.of(
                "2024-01-02 03:04:05.678 +00:00",        // Sequelize
                "2026-11-24 13:48:14.123456 +00:00",     // Junction
                "2024-01-02 03:04:05 +00:00",
                "2024-01-02 03:04:05",
                "2024-01-02T03:04:05Z",
                "2024-01-02T03:04:05.1Z",
                "2024-01-02 03:04:05.12+01:00",
                "2024-01-02 03:04:05.123456789 -05:30",
                "2024-01-02 03:04:05.1234567+0530",
                "0001-01-01 00:00:00.000000 +00:00",
                "0999-12-31 23:59:59.999999 +00:00",
                "9999-12-31 23:59:59.999999 +00:00",
                "2024-02-29 12:00:00.5 -00:00");
        for (String text : usual) {
            OffsetDateTime fixed = FixedWidthTimestamps.parse(text);
            assertThat(fixed).as(text).isNotNull().isEqualTo(generalParse(text));
        }
    }

    @Test
    void everyFractionLengthScalesToNanoseconds() {
        String digits = "123456789";
        for (int n = 1; n <= 9; n++) {
            OffsetDateTime parsed = FixedWidthTimestamps.parse("2024-01-02 03:04:05." + digits.substring(0, n));
            int expected = Integer.parseInt(digits.substring(0, n)) * (int) Math.pow(10, 9 - n);
            assertThat(parsed.getNano()).as("%d digits", n).isEqualTo(expected);
            assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.UTC);
        }
    }

    @Test
    void otherFormsAreLeftToTheGeneralParser() {
        List<String> other = List.of(
                "1704164645678",                          // epoch milliseconds
                "2024-01-02",                             // a date alone
                "2024-01-02 03:04",                       // no seconds
                "2024-01-02 03:04:05 ",                   // trailing space
                "2024-01-02 03:04:05.",                   // a point without digits
                "2024-01-02 03:04:05.1234567891",         // ten fraction digits
                "2024-13-02 03:04:05",                    // no such month
                "2024-02-30 03:04:05",                    // no such day
                "2024-01-02 03:04:05 +25:00",             // no such offset
                "2024-01-02 03:04:05 UTC",
                "2024-01-02X03:04:05",
                "+12024-01-02 03:04:05");
        for (String text : other) {
            assertThat(FixedWidthTimestamps.parse(text)).as(text).isNull();
        }
        assertThat(TextTemporalCodecs.parse("2024-01-02 03:04:05 "))
                .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
        assertThat(TextTemporalCodecs.parse("1704164645678").toInstant().toEpochMilli()).isEqualTo(1704164645678L);
    }

    /** The general parser alone, as {@link TextTemporalCodecs} used it before the fixed-width path. */
    private static OffsetDateTime generalParse(String text) {
        return TextTemporalCodecs.parseGeneral(text);
    }
}
