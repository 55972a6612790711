package dev.junction.dialect;

import dev.junction.dialect.internal.InsertSql;
import dev.junction.schema.DataType;
import java.sql.SQLException;
import java.util.List;

/**
 * How one kind of database spells the statements that write rows, where databases differ: a plain or all-defaults
 * INSERT and the insert-if-absent / upsert forms. Every {@link Dialect} is one; its subclasses override what their
 * database spells otherwise. The defaults here are the SQL standard's, with PostgreSQL's and SQLite's
 * {@code ON CONFLICT}. Stateless and thread-safe, as dialects are.
 */
public interface WriteStatements {

    /** Quotes an identifier (which has already been validated). */
    String quote(String identifier);

    /** Quotes and comma-separates identifiers. */
    String quoteAll(List<String> identifiers);

    /** An INSERT of a row made entirely of defaults. */
    default String insertDefaultValues(String quotedTable) {
        return "INSERT INTO " + quotedTable + " DEFAULT VALUES";
    }

    /** {@code INSERT INTO t (c1, c2) VALUES (?, ?), (?, ?)} for {@code rows} rows. */
    default String insert(String table, List<String> columns, int rows) {
        return InsertSql.values(this, table, columns, rows).toString();
    }

    /**
     * An INSERT of {@code rows} rows of {@code columns} (placeholders row by row) that leaves a row whose
     * {@code conflict} columns match an existing row alone — or, when {@code update} is not empty, sets those columns
     * of the existing row from the new one. Race-safe where the database decides under its own locks (see
     * {@link #upsertLostRace} for one that does not). This form:
     * {@code INSERT … ON CONFLICT (…) DO NOTHING | DO UPDATE SET c = EXCLUDED.c} (PostgreSQL, SQLite 3.24+).
     * {@code types} are the columns' types, for a form whose placeholders need them.
     */
    default String upsert(String table, List<String> columns, List<DataType> types, int rows, List<String> conflict,
                          List<String> update) {
        return upsert(table, columns, types, rows, conflict, update, null);
    }

    /**
     * {@link #upsert(String, List, List, int, List, List)} that, when it updates a stored row ({@code update} not
     * empty), also adds one to that row's {@code bumped} column (a version, optimistic locking), unless
     * {@code bumped} is {@code null}: {@code … DO UPDATE SET c = EXCLUDED.c, "version" = "t"."version" + 1}.
     */
    default String upsert(String table, List<String> columns, List<DataType> types, int rows, List<String> conflict,
                          List<String> update, String bumped) {
        StringBuilder sql = InsertSql.values(this, table, columns, rows).append(" ON CONFLICT (")
                .append(quoteAll(conflict)).append(")");
        if (update.isEmpty()) {
            return sql.append(" DO NOTHING").toString();
        }
        sql.append(" DO UPDATE SET ");
        for (int i = 0; i < update.size(); i++) {
            if (i > 0) sql.append(", ");
            sql.append(quote(update.get(i))).append(" = EXCLUDED.").append(quote(update.get(i)));
        }
        if (bumped != null) {
            String stored = quote(table) + "." + quote(bumped);
            sql.append(", ").append(quote(bumped)).append(" = ").append(stored).append(" + 1");
        }
        return sql.toString();
    }

    /**
     * Whether an {@link #upsert} without updates, ended by {@code RETURNING …}, returns the rows it inserted only — and
     * whether its update count, likewise, counts only the rows it inserted (0 for a row already there), which a
     * many-to-many's {@code add} of one link reads instead of RETURNING.
     */
    default boolean upsertReturnsInsertedRowsOnly() {
        return false;
    }

    /**
     * Whether {@link #upsert} gives way on a collision with any unique key of the table, not only on its
     * {@code conflict} columns (MariaDB/MySQL's {@code ON DUPLICATE KEY UPDATE}): a row colliding on another unique
     * key then updates that other row instead of failing. Not this form, which names its conflict target.
     */
    default boolean upsertYieldsToEveryUniqueKey() {
        return false;
    }

    /**
     * Whether an {@link #upsert} that failed with {@code error} lost a race with another transaction inserting the
     * same row, so that running it again finds that row and succeeds. Never, where the database's insert-if-absent
     * is atomic (this default).
     */
    default boolean upsertLostRace(SQLException error) {
        return false;
    }

    /**
     * {@code upsert} (an {@link #upsert} with updates) as a statement whose result set holds {@code columns} (quoted,
     * comma-separated) of the row it inserted or updated, or {@code null} where the database cannot (MariaDB/MySQL,
     * H2's MERGE): the row is then read back with a SELECT. This form: {@code … RETURNING …} (PostgreSQL, SQLite).
     */
    default String upsertReturning(String upsert, String columns) {
        return upsert + " RETURNING " + columns;
    }

    /**
     * An expression to add to {@link #upsertReturning}'s columns that is true on a row the upsert inserted and false
     * on one it updated, or {@code null} where the database has none (the row is then looked for first).
     */
    default String insertedByUpsert() {
        return null;
    }

    /**
     * {@code update} (an UPDATE, its placeholders as they are) as a statement whose result set holds the new values
     * of {@code columns} (quoted, comma-separated) of every row it changed, or {@code null} where the database cannot
     * (MariaDB/MySQL: the rows are read back with a SELECT). This form: {@code UPDATE … RETURNING …} (PostgreSQL,
     * SQLite 3.35+).
     */
    default String updateReturning(String update, String columns) {
        return update + " RETURNING " + columns;
    }
}
