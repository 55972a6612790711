package dev.junction.internal;

import dev.junction.Transaction;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes prepared rows of a model: multi-row INSERTs below the parameter limit and the database's statement size,
 * generated keys read back into the rows, and the database's key generator moved past keys given explicitly. Used
 * by create, bulkCreate and bulk upserts; runs in the given transaction, else the thread's, else on a connection of
 * its own.
 */
final class RowInserter {
    private final Runtime runtime;
    private final Transaction tx;

    RowInserter(Runtime runtime, Transaction tx) {
        this.runtime = runtime;
        this.tx = tx;
    }

    /**
     * Inserts prepared rows (column order), in as few statements as the parameter limit allows, and stores
     * generated keys back into the rows. Runs in the caller's transaction when several statements are needed.
     */
    void insertRows(ModelPlan plan, List<Object[]> prepared) {
        int keyIndex = plan.generatedKeyIndex;
        List<Object[]> generated = new ArrayList<>();
        List<Object[]> given = new ArrayList<>();
        for (Object[] row : prepared) {
            (keyIndex >= 0 && row[keyIndex] == null ? generated : given).add(row);
        }
        String table = plan.definition.tableName();
        runtime.scope().run(tx, connection -> {
            // Both splits first: a row too big for a statement is refused before any is written.
            List<List<Object[]>> givenChunks = chunks(plan, given, false, connection);
            List<List<Object[]>> generatedChunks = chunks(plan, generated, true, connection);
            insertChunks(plan, givenChunks, false, connection, table);
            if (keyIndex >= 0 && !given.isEmpty()) {
                resyncKeySequence(plan, connection, table);
            }
            insertChunks(plan, generatedChunks, true, connection, table);
            return null;
        });
    }

    /** After explicit values for a generated key, keeps the database's next key beyond them. */
    void resyncKeySequence(ModelPlan plan, Connection connection, String table) {
        String column = plan.attributes.get(plan.generatedKeyIndex).column();
        if (plan.dialect.resyncKeySequence(table, column, 0) == null) return;
        Sql max = new Sql().append("SELECT MAX(").append(plan.dialect.quote(column)).append(") FROM ")
                .append(plan.quotedTable);
        long largest = runtime.runner().queryLong(connection, max, table);
        runtime.runner().execute(connection, plan.dialect.resyncKeySequence(table, column, largest), table);
    }

    /** {@code rows} in statements below the parameter limit and the database's statement size. */
    private List<List<Object[]>> chunks(ModelPlan plan, List<Object[]> rows, boolean generateKey,
                                        Connection connection) {
        if (rows.isEmpty()) return List.of();
        int[] columns = InsertRenderer.columns(plan, generateKey);
        int maxRows = columns.length == 0 || generateKey && !plan.dialect.returnsKeysOfManyRows() ? 1
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
            Attribute key = plan.attributes.get(plan.generatedKeyIndex);
            List<Object> keys = runtime.runner().insertReturningKeys(connection, sql, table, key.column(),
                    plan.codecs[plan.generatedKeyIndex]);
            for (int i = 0; i < part.size() && i < keys.size(); i++) {
                part.get(i)[plan.generatedKeyIndex] = keys.get(i);
            }
        }
    }
}
