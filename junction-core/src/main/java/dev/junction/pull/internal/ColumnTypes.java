package dev.junction.pull.internal;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.SqliteDialect;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.internal.ColumnTypeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Junction type of a live column: the first candidate type that this database spells as the same family and
 * size as the column ({@code db.check()} compares them the same way, so a pulled model matches its table).
 * Preferred in order: sized string, text, the integers, boolean, double, decimal, then the temporal types with a
 * zone before those without, date, UUID, binary, JSON (PostgreSQL's JSONB, MariaDB's checked LONGTEXT, H2's JSON).
 */
final class ColumnTypes {
    private static final Pattern PRECISION_SCALE = Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    /** From this length on a character column is text, as {@code ColumnTypeFamily} reads it. */
    private static final int TEXT_LENGTH = 1_000_000;

    private final Dialect dialect;

    ColumnTypes(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The type for {@code column}, or {@code null} when no Junction type is stored that way. */
    DataType typeOf(DatabaseSchema.Column column) {
        ColumnTypeFamily live = ColumnTypeFamily.live(dialect, column.typeName(), column.size());
        for (DataType candidate : candidates(column, live)) {
            ColumnTypeFamily family = ColumnTypeFamily.of(dialect.columnType(candidate), 0);
            // As db.check() compares them: SQLite's driver misreports a decimal's precision, and SQLite keeps none.
            boolean sqliteDecimal = dialect instanceof SqliteDialect && family.family().equals("DECIMAL")
                    && live.family().equals("DECIMAL");
            if (family.equals(live) || sqliteDecimal) return candidate;
        }
        return null;
    }

    private List<DataType> candidates(DatabaseSchema.Column column, ColumnTypeFamily live) {
        List<DataType> out = new ArrayList<>();
        int size = column.size();
        int scale = column.scale();
        Matcher inline = PRECISION_SCALE.matcher(column.typeName() == null ? "" : column.typeName());
        if (inline.find()) {
            size = Integer.parseInt(inline.group(1));
            scale = inline.group(2) == null ? 0 : Integer.parseInt(inline.group(2));
        } else if (dialect instanceof SqliteDialect && scale > 0 && size > scale) {
            size -= scale; // SQLite's driver reports DECIMAL(10, 3) as size 13, scale 3
        }
        if (size > 0 && size < TEXT_LENGTH) out.add(DataType.string(size));
        out.add(DataType.text());
        out.add(DataType.integer());
        out.add(DataType.bigint());
        out.add(DataType.bool());
        out.add(DataType.doubleType());
        if (size > 0 && scale >= 0 && scale <= size) out.add(DataType.decimal(size, scale));
        out.add(DataType.decimal());
        out.add(DataType.instant());
        out.add(DataType.localDateTime());
        out.add(DataType.date());
        out.add(DataType.uuid());
        if (live.family().equals("BINARY") && live.size() > 0) out.add(DataType.binary(live.size()));
        out.add(DataType.binary());
        out.add(DataType.json()); // after text: SQLite stores JSON as TEXT, which pulls as text
        return out;
    }
}
