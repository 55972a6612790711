package dev.junction.dialect.internal;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.H2Dialect;
import dev.junction.dialect.MariaDbDialect;
import dev.junction.dialect.SqliteDialect;
import dev.junction.schema.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * The ALTER statements a migration needs, where databases spell them differently: renaming tables and columns,
 * changing a column's type, nullability and default, dropping columns and constraints. This form is the SQL
 * standard's, as PostgreSQL reads it (its own constraint names in {@link PostgresSchemaDdl}); {@link #forDialect}
 * picks the variant of a database. Identifiers are quoted by the dialect; the only literals are defaults, rendered
 * by the dialect. Stateless and thread-safe.
 */
public class SchemaDdl {
    /**
     * What changes in one column: each part {@code null} (or false) when it does not change. {@code definition} is
     * the column's whole new definition, which MariaDB restates; {@code autoIncrement} says the column generates its
     * values, which the restated definition must keep.
     */
    public record ColumnAlteration(String column, String definition, DataType newType, Boolean notNull,
                                   boolean defaultChanged, String defaultLiteral, boolean autoIncrement) {
    }

    protected final Dialect dialect;

    protected SchemaDdl(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The variant for {@code dialect}: MariaDB/MySQL, H2, SQLite, or the standard one (PostgreSQL). */
    public static SchemaDdl forDialect(Dialect dialect) {
        if (dialect instanceof MariaDbDialect) return new MariaDbSchemaDdl(dialect);
        if (dialect instanceof H2Dialect) return new H2SchemaDdl(dialect);
        if (dialect instanceof SqliteDialect) return new SqliteSchemaDdl(dialect);
        return new PostgresSchemaDdl(dialect);
    }

    /**
     * Whether the database alters a column's type, nullability or default, and adds or drops constraints of an
     * existing table; where not (SQLite), a migration rebuilds the table.
     */
    public boolean altersTables() {
        return true;
    }

    /** {@code ALTER TABLE from RENAME TO to}. */
    public String renameTable(String from, String to) {
        return "ALTER TABLE " + q(from) + " RENAME TO " + q(to);
    }

    /**
     * The statements that rename, after table {@code from} became {@code to}, the constraints the database named after
     * the table, so later migrations find them by the names it gives a table created as {@code to}: none here
     * (PostgreSQL's {@code <table>_pkey} and {@code <table>_<column>_check} in {@link PostgresSchemaDdl}).
     */
    public List<String> renameTableConstraints(String from, String to, boolean primaryKey, List<String> enumColumns) {
        return List.of();
    }

    /**
     * The statements that rename, after enum column {@code from} of {@code table} became {@code to}, the CHECK
     * constraint the database named after the column: none here (PostgreSQL's in {@link PostgresSchemaDdl}).
     */
    public List<String> renameEnumCheck(String table, String from, String to) {
        return List.of();
    }

    /** {@code ALTER TABLE t RENAME COLUMN from TO to}. */
    public String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + q(table) + " RENAME COLUMN " + q(from) + " TO " + q(to);
    }

    /** {@code ALTER TABLE t DROP COLUMN c}. */
    public String dropColumn(String table, String column) {
        return "ALTER TABLE " + q(table) + " DROP COLUMN " + q(column);
    }

    /** {@code DROP TABLE t}. */
    public String dropTable(String table) {
        return "DROP TABLE " + q(table);
    }

    /** Drops the foreign key {@code name}. */
    public String dropForeignKey(String table, String name) {
        return "ALTER TABLE " + q(table) + " DROP CONSTRAINT " + q(name);
    }

    /** Drops the unique constraint {@code name}. */
    public String dropUnique(String table, String name) {
        return "ALTER TABLE " + q(table) + " DROP CONSTRAINT " + q(name);
    }

    /**
     * Whether a unique key can hold for only the rows a condition selects (a partial unique index), so that a
     * paranoid model's soft-deleted rows leave their values free: yes here (PostgreSQL) and on SQLite; H2 and
     * MariaDB/MySQL have none.
     */
    public boolean partialUniqueIndexes() {
        return true;
    }

    /** {@code CREATE UNIQUE INDEX name ON table (columns) WHERE "liveColumn" IS NULL}: unique among live rows. */
    public String createLiveUnique(String table, String name, List<String> columns, String liveColumn) {
        return "CREATE UNIQUE INDEX " + q(name) + " ON " + q(table) + " (" + dialect.quoteAll(columns) + ") WHERE "
                + q(liveColumn) + " IS NULL";
    }

    /** Drops the non-unique index {@code name} of {@code table}: {@code DROP INDEX name} (names are schema-wide). */
    public String dropIndex(String table, String name) {
        return "DROP INDEX " + q(name);
    }

    /**
     * What places a column added by ALTER TABLE after {@code previous} (first when {@code null}), so the table's
     * columns keep the order of a created one; empty where the database appends every added column (this form).
     */
    public String columnPosition(String previous) {
        return "";
    }

    /**
     * The statements replacing the CHECK constraint that limits an enum column to its constants, given the column's
     * whole new definition and the new {@code CHECK (…)} clause; {@code null} where the constraint's name is not
     * known in advance (H2 names it itself). This form: PostgreSQL's {@code <table>_<column>_check}.
     */
    public List<String> replaceEnumCheck(String table, String column, String definition, String check) {
        String name = q(table + "_" + column + "_check");
        return List.of("ALTER TABLE " + q(table) + " DROP CONSTRAINT " + name,
                "ALTER TABLE " + q(table) + " ADD CONSTRAINT " + name + " " + check);
    }

    /** Drops the primary key (named as PostgreSQL names it: {@code <table>_pkey}). */
    public String dropPrimaryKey(String table) {
        return "ALTER TABLE " + q(table) + " DROP CONSTRAINT " + q(table + "_pkey");
    }

    /** {@code ALTER TABLE t ADD PRIMARY KEY (…)}. */
    public String addPrimaryKey(String table, List<String> columns) {
        return "ALTER TABLE " + q(table) + " ADD PRIMARY KEY (" + dialect.quoteAll(columns) + ")";
    }

    /**
     * Whether the database keeps using a unique or primary key's index for a foreign key on its first column, and so
     * refuses to drop that key while the foreign key exists (MariaDB): the foreign key is dropped and added around.
     */
    public boolean keyIndexesServeForeignKeys() {
        return false;
    }

    /**
     * The statements changing one column: type, then default, then nullability. Where the type changes and the
     * database would convert the old default with the column ({@link #typeChangeConvertsDefault()}), the default
     * goes first and is set again after (an auto-increment key's stays: it draws the keys).
     */
    public List<String> alterColumn(String table, ColumnAlteration change) {
        String alter = "ALTER TABLE " + q(table) + " ALTER COLUMN " + q(change.column());
        List<String> statements = new ArrayList<>();
        boolean setDefault = change.defaultChanged();
        if (change.newType() != null) {
            if (typeChangeConvertsDefault() && !change.autoIncrement()) {
                statements.add(alter + " DROP DEFAULT");
                setDefault = change.defaultLiteral() != null;
            }
            statements.add(setType(alter, change));
            if (change.autoIncrement()) statements.addAll(keySequenceType(table, change));
        }
        if (setDefault) {
            statements.add(change.defaultLiteral() == null ? alter + " DROP DEFAULT"
                    : alter + " SET DEFAULT " + change.defaultLiteral());
        }
        if (change.notNull() != null) statements.add(alter + (change.notNull() ? " SET NOT NULL" : " DROP NOT NULL"));
        return statements;
    }

    /**
     * The statements that let an auto-increment key's sequence draw values of its new type, which changing the
     * column's type does not: PostgreSQL's SERIAL sequence stays {@code AS integer} under a BIGINT column, and stops
     * at 2147483647. Its name is the database's ({@code pg_get_serial_sequence}), as it does not follow table renames.
     */
    protected List<String> keySequenceType(String table, ColumnAlteration change) {
        return List.of("DO $$ DECLARE s text := pg_get_serial_sequence(" + dialect.stringLiteral(q(table)) + ", "
                + dialect.stringLiteral(change.column()) + "); BEGIN IF s IS NOT NULL THEN EXECUTE 'ALTER SEQUENCE '"
                + " || s || ' AS " + dialect.columnType(change.newType()) + "'; END IF; END $$");
    }

    /**
     * Whether changing a column's type converts its default too, and fails where no implicit cast exists
     * (PostgreSQL: a default {@code '7'} of a VARCHAR becoming INTEGER "cannot be cast automatically").
     */
    protected boolean typeChangeConvertsDefault() {
        return true;
    }

    /**
     * {@code … SET DATA TYPE t USING c::t}: PostgreSQL converts only what it may cast implicitly without USING. To a
     * string the cast is to TEXT, then stored as to any column: an explicit cast to {@code VARCHAR(n)} cuts a longer
     * value silently, where storing it fails.
     */
    protected String setType(String alterColumn, ColumnAlteration change) {
        String type = dialect.columnType(change.newType());
        String via = change.newType().kind() == DataType.Kind.STRING ? dialect.columnType(DataType.text()) : type;
        return alterColumn + " SET DATA TYPE " + type + " USING " + q(change.column()) + "::" + via;
    }

    protected String q(String identifier) {
        return dialect.quote(identifier);
    }
}
