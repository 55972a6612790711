package dev.junction.internal.write;

import dev.junction.dialect.internal.StandardCodecs;
import dev.junction.internal.Runtime;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys for PostgreSQL rows that leave theirs to the database, drawn ahead of the insert from the key column's own
 * sequence — one statement for all of them — so that those rows too can go through {@link BulkCopy COPY}, which
 * returns no keys. The keys are the ones an INSERT would have taken from the same sequence (a SERIAL's, as
 * {@code sync} creates, or an identity column's), given to the rows in ascending order, so that rows get increasing
 * keys in the order given, as {@code INSERT … RETURNING} gives them. A column whose values the sequence cannot
 * supply — no sequence of its own, or an identity {@code GENERATED ALWAYS}, which refuses explicit values — draws
 * nothing, and the rows are inserted as before; so do rows of a table with a trigger of the user's (it may set the key)
 * or a sequence counting downwards ({@link CopyTarget#drawsKeys()}, checked by the caller). Stateless.
 */
final class SequenceKeys {
    private SequenceKeys() {
    }

    /**
     * Stores a key from the sequence into every row of {@code rows}; false, with the rows untouched, when the key
     * column has no sequence to draw from.
     */
    static boolean draw(Runtime runtime, ModelPlan plan, List<Object[]> rows, Connection connection) {
        int key = plan.generatedKeyIndex();
        String table = plan.definition().tableName();
        String column = plan.attributes().get(key).column();
        Sql sql = new Sql().append("SELECT nextval(q.s) FROM (SELECT pg_get_serial_sequence(")
                .bind(plan.quotedTable(), StandardCodecs.STRING).append(", ").bind(column, StandardCodecs.STRING)
                .append(") AS s WHERE NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(")
                .bind(plan.quotedTable(), StandardCodecs.STRING).append(") AND attname = ")
                .bind(column, StandardCodecs.STRING).append(" AND attidentity = 'a')) q CROSS JOIN generate_series(1, ")
                .bind(rows.size(), StandardCodecs.INTEGER).append(") WHERE q.s IS NOT NULL");
        List<Object> keys = new ArrayList<>(runtime.runner().query(connection, sql, table,
                rs -> plan.codec(key).read(rs, 1)));
        if (keys.size() != rows.size() || keys.contains(null)) return false;
        keys.sort(null);
        for (int i = 0; i < rows.size(); i++) rows.get(i)[key] = keys.get(i);
        return true;
    }
}
