package dev.junction.schema.internal;

import dev.junction.dialect.Dialect;
import dev.junction.schema.DataType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type reduced to its family and, where it matters, its size, so that spellings compare equal:
 * {@code int4}, {@code serial}, {@code INT} and {@code INTEGER} are one family; {@code varchar(40)},
 * {@code character varying} of size 40 and {@code VARCHAR(40)} are one type, {@code VARCHAR(80)} another. Only a
 * string's length, a decimal's precision and a {@code VARBINARY(n)}'s most bytes count as size: a timestamp's
 * fractional precision does not ({@code DATETIME} and {@code DATETIME(6)} are one type), nor does an integer's
 * display width ({@code int(11)}).
 *
 * @param family the family ({@code "STRING"}, {@code "INTEGER"} …, else the type's name in upper case)
 * @param size   length or precision where it counts, else 0
 */
public record ColumnTypeFamily(String family, int size) {
    private static final Pattern SIZE = Pattern.compile("\\(\\s*(\\d+)");
    /** H2 and others give an unsized character type a huge length: such a column is text. */
    private static final int TEXT_LENGTH = 1_000_000;

    /**
     * A live column's family as {@code dialect} spells its types: where the database keeps no limit on bytes
     * (PostgreSQL's BYTEA, SQLite's BLOB), a {@code VARBINARY(16)} another tool declared is bytes of any length.
     */
    public static ColumnTypeFamily live(Dialect dialect, String typeName, int reportedSize) {
        ColumnTypeFamily family = of(typeName, reportedSize);
        boolean keepsByteLimits = dialect.columnType(DataType.binary(1)).contains("(");
        return family.family.equals("BINARY") && !keepsByteLimits ? new ColumnTypeFamily("BINARY", 0) : family;
    }

    /** {@code typeName} as written in DDL or reported by a catalog, with {@code reportedSize} when it has none inline. */
    public static ColumnTypeFamily of(String typeName, int reportedSize) {
        String text = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT).trim();
        Matcher m = SIZE.matcher(text);
        int size = m.find() ? Integer.parseInt(m.group(1)) : reportedSize;
        String name = text.replaceAll("\\(.*?\\)", "").replace(" unsigned", "").replaceAll("\\s+", " ").trim();
        String family = family(name, size);
        // Bytes are sized only where the type is (VARBINARY(16)): a BLOB's reported size is its type's, not a limit.
        boolean sizedBytes = family.equals("BINARY") && name.contains("binary") && size < TEXT_LENGTH;
        boolean sized = family.equals("STRING") || family.equals("DECIMAL") || sizedBytes;
        return new ColumnTypeFamily(family, sized ? size : 0);
    }

    private static String family(String name, int size) {
        if (name.contains("char") || name.equals("nvarchar")) {
            return size <= 0 || size >= TEXT_LENGTH ? "TEXT" : "STRING";
        }
        if (name.contains("text") || name.contains("clob")) return "TEXT";
        if (name.contains("timestamptz") || name.startsWith("timestamp") && name.contains("with time zone")) {
            return "TIMESTAMP WITH TIME ZONE";
        }
        if (name.startsWith("timestamp") || name.startsWith("datetime")) return "TIMESTAMP";
        return switch (name) {
            case "int", "integer", "int4", "serial", "mediumint", "smallint", "int2" -> "INTEGER";
            case "bigint", "int8", "bigserial" -> "BIGINT";
            case "double", "double precision", "float8", "float", "real", "float4" -> "DOUBLE";
            case "numeric", "decimal" -> "DECIMAL";
            case "bool", "boolean", "bit", "tinyint" -> "BOOLEAN";
            case "bytea", "blob", "longblob", "mediumblob", "varbinary", "binary varying", "binary" -> "BINARY";
            default -> name.toUpperCase(Locale.ROOT);
        };
    }

    /** {@code "STRING(40)"}, {@code "INTEGER"}. */
    @Override
    public String toString() {
        return size > 0 ? family + "(" + size + ")" : family;
    }
}
