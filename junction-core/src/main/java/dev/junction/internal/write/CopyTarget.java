package dev.junction.internal.write;

import dev.junction.dialect.internal.StandardCodecs;
import dev.junction.internal.Runtime;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.internal.Sql;
import java.sql.Connection;
import java.util.List;

/**
 * What PostgreSQL's catalog says about a model's table, as far as the COPY path cares, looked up once per model plan
 * (one query) and kept on it. {@code COPY} writes only ordinary and partitioned tables, and does not apply rules: a
 * view (even an updatable one), or a table with an INSERT rule, takes INSERTs only. Keys drawn ahead from the key's
 * sequence ({@link SequenceKeys}) are the stored ones only when no trigger of the user's may set the key and the
 * sequence counts upwards (rows get increasing keys in the order given); otherwise rows leaving their key to the
 * database go through {@code INSERT … RETURNING}. The table is named as an INSERT resolves it (the quoted name, on
 * the search path). A table not found is not remembered (the INSERT path then reports it). Immutable.
 *
 * @param copies    whether COPY may write the table (an ordinary or partitioned table without rules)
 * @param drawsKeys whether keys may be drawn ahead from the key's sequence (copies, no user trigger, increment > 0)
 */
record CopyTarget(boolean copies, boolean drawsKeys) {
    private static final CopyTarget NONE = new CopyTarget(false, false);

    /** The target of {@code plan}'s table, from the plan when known, else from the catalog on {@code connection}. */
    static CopyTarget of(Runtime runtime, ModelPlan plan, Connection connection) {
        if (plan.bulkTarget() instanceof CopyTarget known) return known;
        int key = plan.generatedKeyIndex();
        String keyColumn = key < 0 ? "" : plan.attributes().get(key).column();
        Sql sql = new Sql().append("SELECT c.relkind IN ('r', 'p') AND NOT c.relhasrules, NOT EXISTS (SELECT 1 FROM"
                        + " pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal), (SELECT s.seqincrement > 0"
                        + " FROM pg_sequence s WHERE s.seqrelid = (SELECT pg_get_serial_sequence(c.oid::regclass::text,"
                        + " a.attname)::regclass FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = ")
                .bind(keyColumn, StandardCodecs.STRING)
                .append(" AND a.attnum > 0 AND NOT a.attisdropped)) FROM pg_class c WHERE c.oid = to_regclass(")
                .bind(plan.quotedTable(), StandardCodecs.STRING).append(")");
        List<CopyTarget> found = runtime.runner().query(connection, sql, plan.definition().tableName(), rs -> {
            boolean copies = rs.getBoolean(1);
            boolean noUserTrigger = rs.getBoolean(2);
            boolean ascending = rs.getBoolean(3); // false for null: no sequence of its own
            return new CopyTarget(copies, copies && noUserTrigger && ascending);
        });
        if (found.isEmpty()) return NONE;
        plan.bulkTarget(found.get(0));
        return found.get(0);
    }
}
