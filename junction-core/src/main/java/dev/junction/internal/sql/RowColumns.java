package dev.junction.internal.sql;

import dev.junction.ResultMappingException;
import dev.junction.Row;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of a raw query read into {@link Row}s keyed by column label, in column order, each value as the driver
 * returns it but for JDBC's legacy types, replaced by what Junction uses elsewhere: a timestamp with time zone as an
 * {@code Instant}, one without as a {@code LocalDateTime}, {@code java.sql.Date} as {@code LocalDate}, LOBs read into a
 * {@code String} or {@code byte[]}, an array as a {@code List}, a JSON column as its JSON text (a {@code String}: a Row
 * has no type to decode it into, and SQLite and MariaDB keep JSON as text anyway). Two columns of one label are an
 * error (the second would hide the first): alias one. Planned once per query.
 */
final class RowColumns {
    private final String[] labels;
    /** Per column: a timestamp with time zone, read as an {@code Instant}. */
    private final boolean[] instants;
    /** Per column: JSON (PostgreSQL's json/jsonb, H2's JSON), read as its text. */
    private final boolean[] jsons;

    private RowColumns(String[] labels, boolean[] instants, boolean[] jsons) {
        this.labels = labels;
        this.instants = instants;
        this.jsons = jsons;
    }

    /** The columns of {@code rs}. */
    static RowColumns of(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        String[] labels = new String[meta.getColumnCount()];
        boolean[] instants = new boolean[labels.length];
        boolean[] jsons = new boolean[labels.length];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
            instants[i] = isInstant(meta, i + 1);
            jsons[i] = isJson(meta, i + 1);
            if (!seen.add(labels[i])) {
                throw new ResultMappingException("The query returns two columns labelled \"" + labels[i] + "\"; a"
                        + " Row holds one value per label, so give one of them an alias (AS …)", "Row", null,
                        labels[i]);
            }
        }
        return new RowColumns(labels, instants, jsons);
    }

    /** The current row. */
    Row read(ResultSet rs) throws SQLException {
        Row row = new Row();
        for (int i = 0; i < labels.length; i++) {
            row.put(labels[i], jsons[i] ? rs.getString(i + 1) : value(rs, i + 1, instants[i]));
        }
        return row;
    }

    /** Column {@code index} of the current row, as a {@link Row} holds it. */
    static Object generic(ResultSet rs, int index) throws SQLException {
        if (isJson(rs.getMetaData(), index)) return rs.getString(index);
        return value(rs, index, isInstant(rs.getMetaData(), index));
    }

    private static Object value(ResultSet rs, int index, boolean instant) throws SQLException {
        if (instant) {
            OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
        Object value = rs.getObject(index);
        if (value instanceof Timestamp) return rs.getObject(index, LocalDateTime.class);
        if (value instanceof java.sql.Date date) return date.toLocalDate();
        if (value instanceof java.sql.Time) return rs.getObject(index, LocalTime.class);
        if (value instanceof Clob clob) return clob.getSubString(1, Math.toIntExact(clob.length()));
        if (value instanceof Blob blob) return blob.getBytes(1, Math.toIntExact(blob.length()));
        if (value instanceof Array array) return Arrays.asList((Object[]) array.getArray());
        return value instanceof OffsetDateTime offset ? offset.toInstant() : value;
    }

    /** A JSON column where the driver says so: PostgreSQL's {@code json}/{@code jsonb}, H2's {@code JSON}. */
    private static boolean isJson(ResultSetMetaData meta, int index) throws SQLException {
        String name = String.valueOf(meta.getColumnTypeName(index)).toLowerCase(Locale.ROOT);
        return name.equals("json") || name.equals("jsonb");
    }

    /** A timestamp with time zone; PostgreSQL reports {@code timestamptz} as TIMESTAMP, and its type name tells. */
    private static boolean isInstant(ResultSetMetaData meta, int index) throws SQLException {
        int sqlType = meta.getColumnType(index);
        if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE) return true;
        if (sqlType != Types.TIMESTAMP) return false;
        String name = String.valueOf(meta.getColumnTypeName(index)).toLowerCase(Locale.ROOT);
        return name.contains("tz") || name.contains("with time zone");
    }
}
