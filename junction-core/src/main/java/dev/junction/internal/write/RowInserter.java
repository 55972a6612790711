package dev.junction.internal.write;

import dev.junction.Transaction;
import dev.junction.internal.Runtime;
import dev.junction.internal.jdbc.SqlWork;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes prepared rows of a model: multi-row INSERTs below the parameter limit and the database's statement size
 * (or, on PostgreSQL, one {@link BulkCopy COPY} for many rows giving their keys), generated keys read back into the
 * rows, the database's key generator moved past keys given explicitly, and the
 * rows referred to locked first where the database needs it ({@link ReferencedRowLocks}). Used
 * by create, bulkCreate and bulk upserts; runs in the given transaction, else the thread's, else on a connection of
 * its own.
 */
public final class RowInserter {
    private final Runtime runtime;
    private final Transaction tx;

    /** Internal: inserts through {@code runtime} in the caller's transaction {@code tx} ({@code null}: none given). */
    public RowInserter(Runtime runtime, Transaction tx) {
        this.runtime = runtime;
        this.tx = tx;
    }

    /**
     * Inserts prepared rows (column order), in as few statements as the parameter limit allows, and stores
     * generated keys back into the rows. Runs in the caller's transaction when several statements are needed.
     */
    public void insertRows(ModelPlan plan, List<Object[]> prepared) {
        int keyIndex = plan.generatedKeyIndex();
        List<Object[]> generated = new ArrayList<>();
        List<Object[]> given = new ArrayList<>();
        for (Object[] row : prepared) {
            (keyIndex >= 0 && row[keyIndex] == null ? generated : given).add(row);
        }
        String table = plan.definition().tableName();
        ReferencedRowLocks locks = ReferencedRowLocks.of(plan, ReferencedRowLocks.allColumns(plan), prepared);
        SqlWork<Void> work = connection -> {
            // Both splits first: a row too big for a statement is refused before any is written.
            List<List<Object[]>> givenChunks = chunks(plan, given, false, connection);
            List<List<Object[]>> generatedChunks = chunks(plan, generated, true, connection);
            locks.acquire(runtime, connection);
            if (!copied(plan, given, connection)) insertChunks(plan, givenChunks, false, connection, table);
            if (keyIndex >= 0 && !given.isEmpty()) {
                resyncKeySequence(plan, connection, table);
            }
            if (!copiedWithDrawnKeys(plan, generated, connection)) {
                insertChunks(plan, generatedChunks, true, connection, table);
            }
            return null;
        };
        boolean resyncs = keyIndex >= 0 && !given.isEmpty() && resyncsKeys(plan);
        // The insert and the resync after it commit together: a failed resync must not leave the row behind; the
        // locks on the rows it refers to hold until the insert commits.
        // One row is one statement: outside a transaction, in auto-commit, run again after a conflict, as nothing of
        // it stayed (on a Galera cluster, a unique race lost at certification becomes the unique violation it is).
        if (resyncs || !locks.isEmpty()) runtime.scope().atomic(tx, work);
        else if (prepared.size() == 1) runtime.scope().statement(tx, work);
        else runtime.scope().run(tx, work);
    }

    /** Writes rows that give their key with the database's bulk path where it has one; false when not. */
    private boolean copied(ModelPlan plan, List<Object[]> given, Connection connection) {
        return BulkCopy.applies(plan, given.size())
                && BulkCopy.copy(runtime, plan, InsertRenderer.columns(plan, false), given, connection);
    }

    /**
     * Rows leaving their key to the database, on PostgreSQL: keys drawn from the key's sequence, then one COPY. A
     * COPY that cannot take the rows after all leaves their drawn keys behind, which the INSERT then replaces.
     */
    private boolean copiedWithDrawnKeys(ModelPlan plan, List<Object[]> generated, Connection connection) {
        if (!BulkCopy.applies(plan, generated.size()) || !BulkCopy.drawsKeys(runtime, plan, connection)
                || !SequenceKeys.draw(runtime, plan, generated, connection)) {
            return false;
        }
        if (copied(plan, generated, connection)) return true;
        for (Object[] row : generated) row[plan.generatedKeyIndex()] = null;
        return false;
    }

    private static boolean resyncsKeys(ModelPlan plan) {
        String column = plan.attributes().get(plan.generatedKeyIndex()).column();
        return plan.dialect().resyncKeySequence(plan.definition().tableName(), column, 0) != null;
    }

    /**
     * After explicit values for a generated key, moves the database's next key beyond them — never backwards: a
     * transaction that deleted the largest rows and is rolled back afterwards (the generator is not) must not leave
     * the generator pointing at keys that are back in the table.
     */
    void resyncKeySequence(ModelPlan plan, Connection connection, String table) {
        if (!resyncsKeys(plan)) return;
        String column = plan.attributes().get(plan.generatedKeyIndex()).column();
        Sql max = new Sql().append("SELECT MAX(").append(plan.dialect().quote(column)).append(") FROM ")
                .append(plan.quotedTable());
        long largest = runtime.runner().queryLong(connection, max, table);
        String next = plan.dialect().nextGeneratedKey(table, column);
        if (next != null && runtime.runner().queryLong(connection, new Sql().append(next), table) > largest) return;
        runtime.runner().execute(connection, plan.dialect().resyncKeySequence(table, column, largest), table);
    }

    /** {@code rows} in statements below the parameter limit and the database's statement size. */
    private List<List<Object[]>> chunks(ModelPlan plan, List<Object[]> rows, boolean generateKey,
                                        Connection connection) {
        if (rows.isEmpty()) return List.of();
        int[] columns = InsertRenderer.columns(plan, generateKey);
        int maxRows = columns.length == 0 || generateKey && !plan.dialect().returnsKeysOfManyRows() ? 1
                : InsertRenderer.rowsPerStatement(plan, columns.length);
        return InsertRenderer.chunks(plan, columns, rows, maxRows, runtime.maxStatementBytes(connection));
    }

    private void insertChunks(ModelPlan plan, List<List<Object[]>> chunks, boolean generateKey,
                              Connection connection, String table) {
        if (chunks.isEmpty()) return;
        int[] columns = InsertRenderer.columns(plan, generateKey);
        for (List<Object[]> part : chunks) {
            Sql sql = InsertRenderer.insert(plan, columns, part);
            if (!generateKey) {
                runtime.runner().update(connection, sql, table);
                continue;
            }
            Attribute key = plan.attributes().get(plan.generatedKeyIndex());
            List<Object> keys = runtime.runner().insertReturningKeys(connection, sql, table, key.column(),
                    plan.codec(plan.generatedKeyIndex()));
            for (int i = 0; i < part.size() && i < keys.size(); i++) {
                part.get(i)[plan.generatedKeyIndex()] = keys.get(i);
            }
        }
    }
}
