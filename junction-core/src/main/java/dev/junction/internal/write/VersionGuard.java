package dev.junction.internal.write;

import dev.junction.StaleInstanceException;
import dev.junction.internal.Runtime;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.model.ModelSql;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optimistic locking for the writes of a model with a version attribute ({@code ModelSpec.version()}): the
 * {@code AND "version" = ?} that makes a write of an instance match only the version it carries, and, when that
 * matched nothing, telling a row someone else wrote meanwhile ({@link StaleInstanceException}) from a row that is
 * gone. The {@code "version" = "version" + 1} every UPDATE of such a model carries is added by
 * {@code ModelSql.updateSet}. Models without a version never reach this class. Stateless.
 */
public final class VersionGuard {
    private VersionGuard() {
    }

    /** The version a new row starts at: 0, as the attribute's type. */
    public static Object initial(Attribute version) {
        return version.type().kind() == DataType.Kind.BIGINT ? (Object) 0L : (Object) 0;
    }

    /** The version after {@code version}: one more, as the attribute's type. */
    public static Object next(Attribute version, Object current) {
        long next = ((Number) current).longValue() + 1;
        return version.type().kind() == DataType.Kind.BIGINT ? (Object) next : (Object) Math.toIntExact(next);
    }

    /** The version attribute's column, to add one to in an upsert's update, or {@code null}: the model has none. */
    public static String column(ModelPlan plan) {
        return plan.versionIndex() < 0 ? null : plan.attributes().get(plan.versionIndex()).column();
    }

    /**
     * Appends {@code "version" = "version" + 1} to an UPDATE's SET list ({@code ", "} first unless {@code first}) for
     * a versioned model; nothing for another. For UPDATEs rendered outside {@code ModelSql.updateSet} (link rows).
     */
    public static void appendBump(ModelPlan plan, Sql sql, boolean first) {
        String column = column(plan);
        if (column == null) return;
        String quoted = plan.dialect().quote(column);
        sql.append(first ? "" : ", ").append(quoted).append(" = ").append(quoted).append(" + 1");
    }

    /** Appends {@code AND "version" = ?}, binding {@code expected}. */
    public static void appendCheck(ModelPlan plan, Sql sql, Object expected) {
        int i = plan.versionIndex();
        sql.append(" AND ").append(plan.dialect().quote(plan.attributes().get(i).column())).append(" = ");
        sql.bind(expected, plan.codec(i));
    }

    /** The stored version of the row with {@code key} (primary-key order), or {@code null} when there is none. */
    public static Object stored(Runtime runtime, Connection connection, ModelPlan plan, Object[] key) {
        Sql sql = selectVersion(plan);
        ModelSql.appendKeyCondition(plan, sql, key);
        return first(runtime, connection, plan, sql);
    }

    /** The stored version of the row whose {@code attribute} (unique) is {@code value}, or {@code null}: no row. */
    public static Object stored(Runtime runtime, Connection connection, ModelPlan plan, String attribute,
                                Object value) {
        int k = plan.indexOf(attribute);
        Sql sql = selectVersion(plan).append(" WHERE ")
                .append(plan.dialect().quote(plan.attributes().get(k).column())).append(" = ");
        sql.bind(value, plan.codec(k));
        return first(runtime, connection, plan, sql);
    }

    private static Sql selectVersion(ModelPlan plan) {
        return new Sql().append("SELECT ").append(plan.dialect().quote(plan.attributes().get(plan.versionIndex())
                .column())).append(" FROM ").append(plan.quotedTable());
    }

    private static Object first(Runtime runtime, Connection connection, ModelPlan plan, Sql sql) {
        int v = plan.versionIndex();
        List<Object> found = runtime.runner().query(connection, sql, plan.definition().tableName(),
                rs -> plan.codec(v).read(rs, 1));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Whether {@code stored} (a row's version, or {@code null}: no row) is another version than {@code expected}. */
    public static boolean differs(Object stored, Object expected) {
        return stored != null && ((Number) stored).longValue() != ((Number) expected).longValue();
    }

    /** The exception for a write of {@code operation} refused because the row's version is no longer {@code expected}. */
    public static StaleInstanceException stale(ModelPlan plan, String operation, Map<String, Object> key,
                                               Object expected) {
        String name = plan.definition().name();
        return new StaleInstanceException(name, key, expected, "Cannot " + operation + " " + name + " " + text(key)
                + " at version " + expected + ": its row was written by someone else since it was read (optimistic"
                + " locking); nothing was written. Read it again and retry");
    }

    /** The key of a row by its key attributes' names, in key order. */
    public static Map<String, Object> key(ModelPlan plan, Object[] key) {
        Map<String, Object> named = new LinkedHashMap<>();
        List<Attribute> attributes = plan.definition().primaryKey();
        for (int k = 0; k < key.length; k++) named.put(attributes.get(k).name(), key[k]);
        return named;
    }

    private static String text(Map<String, Object> key) {
        StringBuilder out = new StringBuilder();
        key.forEach((n, v) -> out.append(out.length() == 0 ? "" : ", ").append(n).append('=').append(v));
        return out.toString();
    }
}
