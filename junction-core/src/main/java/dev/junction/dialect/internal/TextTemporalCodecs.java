package dev.junction.dialect.internal;

import dev.junction.dialect.ValueCodec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Date and time values as text, for SQLite, which has no date types. The written form is Sequelize's
 * ({@code 2026-11-24 13:48:14.123456 +00:00}): fixed width and always UTC, so text order is time order. Reading
 * also accepts ISO forms with a {@code T}, without fraction or offset, and epoch milliseconds (the sqlite-jdbc
 * default).
 */
public final class TextTemporalCodecs {
    private TextTemporalCodecs() {
    }

    private static final DateTimeFormatter WRITE_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter WRITE_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS xxx");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter();

    /** Parses a stored date-time; text without an offset is taken as UTC. */
    static OffsetDateTime parse(String text) {
        OffsetDateTime fixed = FixedWidthTimestamps.parse(text);
        return fixed != null ? fixed : parseGeneral(text);
    }

    /** The general parser: every form this class accepts, through a {@code DateTimeFormatter}. */
    static OffsetDateTime parseGeneral(String text) {
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(text)).atOffset(ZoneOffset.UTC);
        }
        var parsed = READ.parse(text.trim());
        LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed),
                java.time.LocalTime.of(parsed.get(ChronoField.HOUR_OF_DAY),
                        parsed.isSupported(ChronoField.MINUTE_OF_HOUR) ? parsed.get(ChronoField.MINUTE_OF_HOUR) : 0,
                        parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
                        parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0));
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
        return local.atOffset(offset);
    }

    private abstract static class TextCodec implements ValueCodec {
        @Override
        public void bind(java.sql.PreparedStatement s, int i, Object v) throws SQLException {
            if (v == null) s.setNull(i, Types.VARCHAR); else s.setString(i, format(v));
        }

        @Override
        public Object read(ResultSet r, int i) throws SQLException {
            String text = r.getString(i);
            return text == null ? null : convert(parse(text));
        }

        abstract String format(Object value);

        abstract Object convert(OffsetDateTime parsed);
    }

    public static final ValueCodec INSTANT = new TextCodec() {
        String format(Object v) {
            return formatInstant((Instant) v);
        }

        Object convert(OffsetDateTime parsed) {
            return parsed.toInstant();
        }
    };

    public static final ValueCodec OFFSET_DATE_TIME = new TextCodec() {
        String format(Object v) {
            return formatInstant(((OffsetDateTime) v).toInstant());
        }

        Object convert(OffsetDateTime parsed) {
            return parsed.withOffsetSameInstant(ZoneOffset.UTC);
        }
    };

    private static String formatInstant(Instant instant) {
        return WRITE_OFFSET.format(instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    }

    public static final ValueCodec LOCAL_DATE_TIME = new TextCodec() {
        String format(Object v) {
            return WRITE_LOCAL.format(((LocalDateTime) v).truncatedTo(ChronoUnit.MICROS));
        }

        Object convert(OffsetDateTime parsed) {
            return parsed.toLocalDateTime();
        }
    };

    public static final ValueCodec DATE = new TextCodec() {
        String format(Object v) {
            return v.toString();
        }

        Object convert(OffsetDateTime parsed) {
            return parsed.toLocalDate();
        }
    };
}
