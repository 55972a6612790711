package dev.junction.internal.write;

import dev.junction.dialect.ValueCodec;
import dev.junction.dialect.internal.StandardCodecs;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes prepared rows as the data of PostgreSQL's {@code COPY … FROM STDIN} in its text format: one line per row,
 * values separated by tabs, {@code \N} for NULL, and backslash, tab, newline and carriage return escaped with a
 * backslash — so any text, tabs, newlines, quotes, commas and backslashes included, arrives as it was, and an empty
 * string stays distinct from NULL. Every value is written as the text PostgreSQL's own input function reads back
 * exactly what the attribute's codec would have bound: integers and decimals in plain digits, doubles in Java's
 * round-tripping form ({@code NaN} and {@code Infinity} as PostgreSQL spells them), bytes in bytea's hex form,
 * points in time at microseconds in UTC. The text format was chosen over the binary one because every type has a
 * text form PostgreSQL defines exactly, while a binary numeric or timestamp encoding would have to be written by
 * hand; loading 20,000 join rows of two bigints, binary was no faster than text in a probe on the benchmark machine.
 *
 * <p>A value it cannot write exactly — a type without a text form here, a string holding a NUL character (which
 * PostgreSQL's text cannot store; a bound parameter fails with the driver's own error), a date outside the years
 * 1–9999 — makes {@link #encode} return {@code null}, and the caller inserts those rows as before. Stateless.
 */
final class CopyText {
    /** Bytes per piece handed to the driver: large enough to fill its socket buffer, small enough to stream. */
    private static final int PIECE_CHARS = 64 * 1024;

    private CopyText() {
    }

    /**
     * {@code rows}' values at {@code columns}, read through the given codecs, as COPY text in pieces of UTF-8; or
     * {@code null} when a value has no exact text form here.
     */
    static List<byte[]> encode(List<Object[]> rows, int[] columns, ValueCodec[] codecs) {
        BoundValue bound = new BoundValue();
        List<byte[]> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder(PIECE_CHARS + 1024);
        for (Object[] row : rows) {
            for (int n = 0; n < columns.length; n++) {
                if (n > 0) text.append('\t');
                if (!append(text, bound.of(codecs[n], row[columns[n]]))) return null;
            }
            text.append('\n');
            if (text.length() >= PIECE_CHARS) {
                pieces.add(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
            }
        }
        if (!text.isEmpty()) pieces.add(text.toString().getBytes(StandardCharsets.UTF_8));
        return pieces;
    }

    /** Appends {@code value}'s text; false when it has none that PostgreSQL reads back exactly. */
    private static boolean append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            return escaped(text, s);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            text.append(value);
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof Double d) {
            text.append(d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity") : d.toString());
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else if (value instanceof byte[] bytes) {
            hex(text, bytes);
        } else if (value instanceof UUID u) {
            text.append(u);
        } else if (value instanceof Enum<?> e) {
            return escaped(text, e.name());
        } else {
            return temporal(text, value);
        }
        return true;
    }

    private static boolean temporal(StringBuilder text, Object value) {
        if (value instanceof OffsetDateTime t) return utc(text, t.toInstant());
        if (value instanceof Instant t) return utc(text, t);
        if (value instanceof LocalDateTime t) return dateTime(text, t.truncatedTo(ChronoUnit.MICROS));
        if (value instanceof LocalDate d) return date(text, d);
        return false;
    }

    private static boolean utc(StringBuilder text, Instant instant) {
        if (!dateTime(text, LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))) {
            return false;
        }
        text.append("+00");
        return true;
    }

    /** {@code yyyy-MM-dd HH:mm:ss.ffffff}: fixed width, no formatter. */
    private static boolean dateTime(StringBuilder text, LocalDateTime t) {
        if (!date(text, t.toLocalDate())) return false;
        text.append(' ');
        pad(text, t.getHour(), 2).append(':');
        pad(text, t.getMinute(), 2).append(':');
        pad(text, t.getSecond(), 2).append('.');
        pad(text, t.getNano() / 1_000, 6);
        return true;
    }

    private static boolean date(StringBuilder text, LocalDate d) {
        if (d.getYear() < 1 || d.getYear() > 9999) return false;
        pad(text, d.getYear(), 4).append('-');
        pad(text, d.getMonthValue(), 2).append('-');
        pad(text, d.getDayOfMonth(), 2);
        return true;
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) text.append('0');
        return text.append(digits);
    }

    /** bytea's hex input, its backslash escaped for COPY: {@code \\x0aff}. */
    private static void hex(StringBuilder text, byte[] bytes) {
        final String digits = "0123456789abcdef";
        text.append("\\\\x");
        for (byte b : bytes) text.append(digits.charAt((b >> 4) & 0xF)).append(digits.charAt(b & 0xF));
    }

    private static boolean escaped(StringBuilder text, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\0' -> {
                    return false;
                }
                default -> text.append(c);
            }
        }
        return true;
    }

    /** Whether {@code codec} binds its values unchanged, so that the value itself is what COPY writes. */
    static boolean bindsAsIs(ValueCodec codec) {
        return codec == StandardCodecs.STRING || codec == StandardCodecs.BIGINT || codec == StandardCodecs.INTEGER
                || codec == StandardCodecs.DOUBLE || codec == StandardCodecs.BOOLEAN || codec == StandardCodecs.BINARY
                || codec == StandardCodecs.UUID_OBJECT || codec == StandardCodecs.DATE
                || codec == StandardCodecs.INSTANT_AS_OFFSET || codec == StandardCodecs.OFFSET_DATE_TIME
                || codec == StandardCodecs.LOCAL_DATE_TIME;
    }
}
