package dev.junction.query.internal;

import dev.junction.UnsupportedByDatabaseException;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.MariaDbDialect;
import dev.junction.dialect.PostgresDialect;
import dev.junction.dialect.SqliteDialect;
import dev.junction.dialect.internal.StandardCodecs;
import dev.junction.query.Where;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;

/**
 * Renders a {@link Where.JsonComparison} — the value at a path inside a JSON column compared with a value — in the
 * spelling of each database that can look inside JSON, as jOOQ renders a part per dialect family. Only the JSON
 * value of the compared kind takes part ({@code CASE WHEN <type is string> THEN <text> END = ?}), so a string never
 * equals a number and a number compares numerically on every database. Path elements (already checked against a
 * strict pattern) and values are bound: PostgreSQL takes the elements one by one, MariaDB and SQLite one path text
 * ({@code $."venue"."city"}, {@code $."tags"[0]}). H2 has no JSON path functions: an
 * {@link UnsupportedByDatabaseException}. Stateless.
 */
final class JsonPathRenderer {
    private enum Kind { TEXT, NUMBER, BOOLEAN, NULL }

    private JsonPathRenderer() {
    }

    /** Appends the condition on {@code column} (quoted, qualified). */
    static void render(Sql sql, Dialect dialect, String column, Where.JsonComparison c) {
        Kind kind = c.value() == null ? Kind.NULL : c.value() instanceof String ? Kind.TEXT
                : c.value() instanceof Boolean ? Kind.BOOLEAN : Kind.NUMBER;
        if (dialect instanceof PostgresDialect) {
            postgres(sql, column, c.path(), kind);
        } else if (dialect instanceof MariaDbDialect) {
            mariaDb(sql, column, path(c.path()), kind);
        } else if (dialect instanceof SqliteDialect) {
            sqlite(sql, column, path(c.path()), kind);
        } else {
            throw new UnsupportedByDatabaseException(dialect.name(), dialect.name() + " has no JSON path functions, so"
                    + " Where.json(\"" + c.attribute() + "\", " + String.join(", ", c.path()) + ") cannot be"
                    + " filtered there; it works on PostgreSQL, MariaDB/MySQL and SQLite");
        }
        if (kind == Kind.NULL) {
            // The sentinel is in the case each database spells its type names in.
            String sentinel = dialect instanceof MariaDbDialect ? "'NULL'" : "'null'";
            sql.append(c.operator() == Where.Operator.EQ ? " = " : " <> ").append(sentinel);
            return;
        }
        sql.append(' ').append(c.operator().sql()).append(' ');
        Object value = c.value();
        switch (kind) {
            case NUMBER -> bindNumber(sql, (Number) value);
            case BOOLEAN -> {
                if (dialect instanceof PostgresDialect) sql.bind(value, StandardCodecs.BOOLEAN);
                else sql.bind(value.toString(), StandardCodecs.STRING);
            }
            default -> sql.bind(value, StandardCodecs.STRING);
        }
    }

    /** {@code jsonb_extract_path(col, ?, ?)}, each element bound. */
    private static void postgres(Sql sql, String column, List<String> path, Kind kind) {
        Consumer<String> extract = function -> {
            sql.append(function).append('(').append(column);
            for (String element : path) sql.append(", ").bind(element, StandardCodecs.STRING);
            sql.append(')');
        };
        if (kind == Kind.NULL) {
            sql.append("COALESCE(jsonb_typeof(");
            extract.accept("jsonb_extract_path");
            sql.append("), 'null')");
            return;
        }
        sql.append("CASE WHEN jsonb_typeof(");
        extract.accept("jsonb_extract_path");
        sql.append(switch (kind) {
            case TEXT -> ") = 'string' THEN ";
            case NUMBER -> ") = 'number' THEN CAST(";
            default -> ") = 'boolean' THEN CAST(";
        });
        extract.accept("jsonb_extract_path_text");
        sql.append(switch (kind) {
            case TEXT -> " END";
            case NUMBER -> " AS NUMERIC) END";
            default -> " AS BOOLEAN) END";
        });
    }

    /** {@code JSON_EXTRACT(col, ?)} with the path text bound, typed by {@code JSON_TYPE}. */
    private static void mariaDb(Sql sql, String column, String path, Kind kind) {
        Runnable extract = () -> sql.append("JSON_EXTRACT(").append(column).append(", ").bind(path,
                StandardCodecs.STRING).append(')');
        if (kind == Kind.NULL) {
            sql.append("COALESCE(JSON_TYPE(");
            extract.run();
            sql.append("), 'NULL')");
            return;
        }
        sql.append("CASE WHEN JSON_TYPE(");
        extract.run();
        sql.append(switch (kind) {
            case TEXT -> ") = 'STRING' THEN JSON_UNQUOTE(";
            case NUMBER -> ") IN ('INTEGER', 'UNSIGNED INTEGER', 'DOUBLE', 'DECIMAL') THEN CAST(JSON_UNQUOTE(";
            default -> ") = 'BOOLEAN' THEN JSON_UNQUOTE(";
        });
        extract.run();
        sql.append(kind == Kind.NUMBER ? ") AS DOUBLE) END" : ") END");
    }

    /** {@code json_extract(col, ?)} with the path text bound, typed by {@code json_type}. */
    private static void sqlite(Sql sql, String column, String path, Kind kind) {
        Consumer<String> call = function -> sql.append(function).append('(').append(column).append(", ")
                .bind(path, StandardCodecs.STRING).append(')');
        if (kind == Kind.NULL) {
            sql.append("COALESCE(");
            call.accept("json_type");
            sql.append(", 'null')");
            return;
        }
        sql.append("CASE WHEN ");
        call.accept("json_type");
        sql.append(switch (kind) {
            case TEXT -> " = 'text' THEN ";
            case NUMBER -> " IN ('integer', 'real') THEN ";
            default -> " IN ('true', 'false') THEN ";
        });
        call.accept(kind == Kind.BOOLEAN ? "json_type" : "json_extract");
        sql.append(" END");
    }

    /** {@code $."venue"."city"}, {@code $."tags"[0]}: elements hold no quote (checked by {@code JsonPath}). */
    private static String path(List<String> elements) {
        StringBuilder out = new StringBuilder("$");
        for (String element : elements) {
            if (element.chars().allMatch(ch -> ch >= '0' && ch <= '9')) out.append('[').append(element).append(']');
            else out.append(".\"").append(element).append('"');
        }
        return out.toString();
    }

    /** Whole numbers as BIGINT where they fit, others as DOUBLE: every database compares either with a JSON number. */
    private static void bindNumber(Sql sql, Number value) {
        boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte;
        if (value instanceof BigInteger b && b.bitLength() < 64) {
            sql.bind(b.longValue(), StandardCodecs.BIGINT);
        } else if (whole) {
            sql.bind(value.longValue(), StandardCodecs.BIGINT);
        } else if (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0 && d.abs()
                .compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            sql.bind(d.longValue(), StandardCodecs.BIGINT);
        } else {
            sql.bind(value.doubleValue(), StandardCodecs.DOUBLE);
        }
    }
}
