package dev.junction;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raw SQL on the database, for what models do not express: reports, window functions, vendor features — Sequelize's
 * {@code sequelize.query}. {@link Junction} implements it; {@link #in(Transaction)} gives one bound to a transaction
 * started with {@link Junction#begin()}. Thread-safe.
 *
 * <pre>{@code
 * record Favorites(String username, long favorites) { }
 * List<Favorites> stats = db.query(Favorites.class, """
 *         SELECT u."username", COUNT(f."ShowId") AS "favorites" FROM "Users" u
 *         LEFT JOIN "UserFavorites" f ON f."UserId" = u."id"
 *         WHERE u."id" IN (:ids) GROUP BY u."username"
 *         """, Map.of("ids", List.of(1, 2, 3)));
 * long users = db.scalar(Long.class, "SELECT COUNT(*) FROM \"Users\"");
 * int renamed = db.execute("UPDATE \"Users\" SET \"username\" = ? WHERE \"id\" = ?", "bob", 2);
 * }</pre>
 *
 * <p>Identifiers are written as the database wants them: Junction creates its tables quoted ({@code "Users"};
 * backticks on MariaDB), and {@code db.dialect().quote("Users")} gives the form for the database at hand.
 *
 * <p><b>Parameters</b> are always bound, never spliced into the text: positional {@code ?} with values in order, or
 * {@code :name} with a {@code Map}. A {@code :name} inside a string literal, a quoted identifier or a comment, and
 * PostgreSQL's {@code ::type} cast, are left alone; a collection value expands to {@code ?, ?, ?} (for
 * {@code IN (:ids)}); a name without a value, a value whose name the statement does not use, an empty collection,
 * {@code ?} in a statement given a map (or {@code :name} in one given positional values), and a value of a type no
 * model attribute has are {@link ValidationException}s naming the parameter, raised before anything is sent.
 *
 * <p><b>Results</b> map by column label to a record's components or a class's fields, case-insensitively and with
 * {@code snake_case} matching {@code camelCase} ({@code created_at} → {@code createdAt}); an {@link
 * dev.junction.annotation.Column @Column(name)} is honoured. Columns no component takes are ignored; a record
 * component no column fills is an error (a POJO field keeps its initial value). Values are read and coerced as for
 * model attributes ({@code Instant}, {@code LocalDate}, enums, {@code BigDecimal}, {@code UUID}, booleans stored as
 * 0/1). A value type ({@code Long.class}, {@code String.class}, an enum…) reads the single column of each row.
 *
 * <p><b>Transactions</b>: every method joins the transaction of the current thread ({@link Junction#transaction}) or,
 * through {@link #in(Transaction)}, a given one; outside a transaction each call runs on a pooled connection in
 * auto-commit. Statements are reported to the statement log and {@link SqlListener} like every other; failures are
 * Junction's typed exceptions ({@link UniqueConstraintException} …), their message naming the statement.
 */
public interface SqlAccess {
    /** Every row of a query, each mapped to {@code type} (a record, a POJO, {@link Row}, or a value type). */
    <R> List<R> query(Class<R> type, String sql, Object... params);

    /** Every row of a query with {@code :name} parameters, each mapped to {@code type}. */
    <R> List<R> query(Class<R> type, String sql, Map<String, ?> params);

    /** Every row of a query as a {@link Row} keyed by column label, in column order, holding the driver's values. */
    List<Row> query(String sql, Object... params);

    /** Every row of a query with {@code :name} parameters, as {@link Row}s. */
    List<Row> query(String sql, Map<String, ?> params);

    /**
     * The row of a query expected to return at most one, mapped to {@code type}; empty when there is none.
     *
     * @throws ResultMappingException when the query returns more than one row
     */
    <R> Optional<R> queryOne(Class<R> type, String sql, Object... params);

    /** Like {@link #queryOne(Class, String, Object...)}, with {@code :name} parameters. */
    <R> Optional<R> queryOne(Class<R> type, String sql, Map<String, ?> params);

    /**
     * The single value of a query of one column (a count, a maximum), coerced to {@code type}; {@code null} when the
     * query returns no row or SQL NULL — as a scalar subquery does — which a primitive class ({@code long.class})
     * refuses with a {@link ResultMappingException}.
     *
     * <pre>{@code
     * Instant last = db.scalar(Instant.class, "SELECT MAX(createdAt) FROM Users");
     * }</pre>
     *
     * @throws ResultMappingException when the query returns more than one row or column
     */
    <V> V scalar(Class<V> type, String sql, Object... params);

    /** Like {@link #scalar(Class, String, Object...)}, with {@code :name} parameters. */
    <V> V scalar(Class<V> type, String sql, Map<String, ?> params);

    /** Runs an INSERT, UPDATE, DELETE or DDL statement and returns the update count. */
    int execute(String sql, Object... params);

    /** Like {@link #execute(String, Object...)}, with {@code :name} parameters. */
    int execute(String sql, Map<String, ?> params);

    /**
     * Lends a JDBC connection to {@code work}: the current transaction's, which {@code work} may use but not end
     * (closing, committing, rolling back or switching auto-commit is refused with a {@link JunctionException}), or
     * else a pooled one in auto-commit, returned to the pool afterwards (work left uncommitted is rolled back). Do not
     * keep the connection past the call. Statements run on it directly are not reported to the statement log.
     */
    <R> R withConnection(ConnectionWork<R> work);

    /** Like {@link #withConnection}, for work that returns nothing. */
    void useConnection(ConnectionBody work);

    /**
     * The same operations, joined to {@code tx} (from {@link Junction#begin()}) on any thread, as
     * {@link Model#in(Transaction)} does for a model.
     */
    SqlAccess in(Transaction tx);
}
