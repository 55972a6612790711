package dev.junction.internal.write;

import dev.junction.dialect.PostgresDialect;
import dev.junction.dialect.ValueCodec;
import dev.junction.internal.Runtime;
import dev.junction.internal.jdbc.PostgresCopyIn;
import dev.junction.internal.model.ModelPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL's bulk path for plain inserts: many rows whose keys are given (join rows, explicit keys) go in one
 * {@code COPY "table" (columns) FROM STDIN} instead of multi-row INSERTs — faster, since the server neither parses
 * nor plans a statement per thousand rows and the client binds no parameters (about twice as fast for 20,000 rows of
 * a table without foreign keys; where the table has some, checking them row by row takes most of the time either
 * way). COPY returns no keys: rows that leave their key to the database get one from its sequence first
 * ({@link SequenceKeys}), or else go through {@code INSERT … RETURNING}. It runs in the caller's transaction, fires the table's
 * triggers and checks its constraints like an INSERT; a violation fails the whole COPY, translated like an INSERT's
 * (a {@code UniqueConstraintException} naming table and columns, and so on). The statement is reported to the
 * {@code SqlListener} and the SQL log by its text, without parameters.
 *
 * <p>Used only when the dialect is PostgreSQL, the driver is on the class path (it is an optional dependency of the
 * core; {@link PostgresCopyIn}, which names it, is loaded only then), the connection unwraps to the driver's, and
 * every value has an exact COPY text form ({@link CopyText}), and the table is one COPY writes as an INSERT would — an
 * ordinary or partitioned table without rules ({@link CopyTarget}; not a view); otherwise the rows are inserted as
 * before. Stateless.
 */
final class BulkCopy {
    /**
     * Fewest rows worth a COPY: it takes two round trips (the statement, then the data) where a multi-row INSERT takes
     * one, which below a few dozen rows costs more than the parsing it saves.
     */
    static final int MIN_ROWS = 50;
    private static final boolean DRIVER = driverPresent();

    private BulkCopy() {
    }

    /** Whether rows of {@code plan} leaving their key to the database may draw it ahead and go by COPY. */
    static boolean drawsKeys(Runtime runtime, ModelPlan plan, Connection connection) {
        return PostgresCopyIn.accepts(connection) && CopyTarget.of(runtime, plan, connection).drawsKeys();
    }

    /** Whether {@code rows} rows of {@code plan} should be tried with COPY. */
    static boolean applies(ModelPlan plan, int rows) {
        return rows >= MIN_ROWS && DRIVER && plan.dialect() instanceof PostgresDialect;
    }

    /**
     * Writes {@code rows}' {@code columns} with one COPY on {@code connection}; false, having written nothing, when
     * they cannot go that way.
     */
    static boolean copy(Runtime runtime, ModelPlan plan, int[] columns, List<Object[]> rows, Connection connection) {
        if (!PostgresCopyIn.accepts(connection) || !CopyTarget.of(runtime, plan, connection).copies()) return false;
        ValueCodec[] codecs = new ValueCodec[columns.length];
        for (int n = 0; n < columns.length; n++) codecs[n] = plan.codec(columns[n]);
        List<byte[]> pieces = CopyText.encode(rows, columns, codecs);
        if (pieces == null) return false;
        String sql = copySql(plan, columns);
        long start = System.nanoTime();
        try {
            PostgresCopyIn.copyIn(connection, sql, pieces);
            runtime.runner().reportExecuted(sql, start);
            return true;
        } catch (SQLException e) {
            runtime.runner().reportExecuted(sql, start);
            throw runtime.runner().errors().translate(e, plan.definition().tableName(), sql);
        }
    }

    /** {@code COPY "table" ("a", "b") FROM STDIN}: identifiers from the definition, quoted. */
    static String copySql(ModelPlan plan, int[] columns) {
        StringBuilder sql = new StringBuilder("COPY ").append(plan.quotedTable()).append(" (");
        for (int n = 0; n < columns.length; n++) {
            if (n > 0) sql.append(", ");
            sql.append(plan.dialect().quote(plan.attributes().get(columns[n]).column()));
        }
        return sql.append(") FROM STDIN").toString();
    }

    private static boolean driverPresent() {
        try {
            Class.forName("org.postgresql.copy.CopyManager", false, BulkCopy.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
