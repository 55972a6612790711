package dev.junction.dialect.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A hand-written parser for the date-time text that SQLite columns hold in practice — Junction's and Sequelize's
 * {@code 2024-01-02 03:04:05.678 +00:00}, and the ISO forms {@code 2024-01-02T03:04:05Z},
 * {@code 2024-01-02 03:04:05.123456789+01:00}, {@code 2024-01-02 03:04:05} — read character by character at fixed
 * positions: an eager load of timestamped join rows parses two per link, and a general
 * {@code DateTimeFormatter} with optional sections costs several times more. Anything else (epoch milliseconds,
 * no seconds, a five-digit year, a bad value) returns {@code null}, and the caller falls back to the general parser,
 * which accepts or rejects it as before.
 */
final class FixedWidthTimestamps {
    private FixedWidthTimestamps() {
    }

    /** {@code text} as a date-time (UTC when it names no offset), or null when it is not one of the fixed forms. */
    static OffsetDateTime parse(String text) {
        int length = text.length();
        if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        char separator = text.charAt(10);
        if (separator != ' ' && separator != 'T') return null;
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) return null;
        int i = 19;
        int nanos = 0;
        if (i < length && text.charAt(i) == '.') {
            int start = ++i;
            while (i < length && i - start < 9 && isDigit(text.charAt(i))) nanos = nanos * 10 + (text.charAt(i++) - '0');
            int count = i - start;
            if (count == 0 || (i < length && isDigit(text.charAt(i)))) return null;
            for (int n = count; n < 9; n++) nanos *= 10;
        }
        if (i < length && text.charAt(i) == ' ') i++;
        ZoneOffset offset = ZoneOffset.UTC;
        if (i < length) {
            offset = offset(text, i);
            if (offset == null) return null;
        } else if (i > 19 && text.charAt(i - 1) == ' ') {
            return null; // a trailing space: leave it to the general parser
        }
        try {
            return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code Z}, {@code +HH:MM} or {@code +HHMM} ending the text at {@code i}; null for anything else. */
    private static ZoneOffset offset(String text, int i) {
        int rest = text.length() - i;
        char sign = text.charAt(i);
        if (sign == 'Z' && rest == 1) return ZoneOffset.UTC;
        if ((sign != '+' && sign != '-') || (rest != 6 && rest != 5)) return null;
        int hours = digits(text, i + 1, 2);
        int minutesAt = rest == 6 ? i + 4 : i + 3;
        if (rest == 6 && text.charAt(i + 3) != ':') return null;
        int minutes = digits(text, minutesAt, 2);
        if ((hours | minutes) < 0) return null;
        if (hours == 0 && minutes == 0) return ZoneOffset.UTC;
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number that {@code count} decimal digits at {@code from} spell, or -1 if one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
