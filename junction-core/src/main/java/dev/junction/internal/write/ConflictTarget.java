package dev.junction.internal.write;

import dev.junction.ValidationException;
import dev.junction.internal.Runtime;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.internal.LiveUniqueKeys;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conflict target of one {@code bulkCreate} with options or one {@code upsert}: the columns on which a row
 * matches a stored one, each row's values on them (comparable by equals), and the lookup of the stored rows
 * matching a list of rows. Immutable.
 */
public final class ConflictTarget {
    /** Most rows per lookup: conditions grow with the target's width. */
    private static final int MAX_ROWS_PER_LOOKUP = 500;
    /** What {@link #lookUp} maps a stored row to when the model has no generated key to read. */
    static final Object STORED = new Object();

    private final ModelPlan plan;
    private final int[] columns;
    /**
     * For a paranoid model's unique key kept as a partial index (PostgreSQL, SQLite): the column that is null on the
     * rows it holds among ({@code deletedAt}); else {@code null}. Only those rows can conflict.
     */
    private final String liveColumn;

    /** Internal: the target of {@code columns} (attribute indexes: the primary key or a unique key's). */
    public ConflictTarget(ModelPlan plan, int[] columns) {
        this.plan = plan;
        this.columns = columns;
        boolean primaryKey = Arrays.equals(columns, plan.definition().primaryKey().stream()
                .mapToInt(plan.attributes()::indexOf).toArray());
        this.liveColumn = primaryKey ? null : plan.definition().uniqueKeys().stream()
                .filter(u -> u.attributes().stream().mapToInt(plan.attributes()::indexOf).sorted().boxed().toList()
                        .equals(Arrays.stream(columns).sorted().boxed().toList()))
                .findFirst().map(u -> LiveUniqueKeys.liveColumn(plan.definition(), u, plan.dialect()))
                .orElse(null);
    }

    /**
     * The attributes {@code named} (in any order) as the primary key or the unique key they are; anything else is a
     * {@link ValidationException} naming the keys there are, its message starting with {@code call}.
     */
    public static List<Attribute> named(ModelPlan plan, List<String> named, String call) {
        ModelDefinition d = plan.definition();
        Set<Attribute> wanted = new HashSet<>();
        for (String name : named) wanted.add(plan.where("").attribute(name));
        if (wanted.equals(new HashSet<>(d.primaryKey()))) return d.primaryKey();
        for (ModelDefinition.UniqueKey key : d.uniqueKeys()) {
            if (wanted.equals(new HashSet<>(key.attributes()))) return key.attributes();
        }
        List<String> keys = new ArrayList<>();
        keys.add(d.primaryKey().stream().map(Attribute::name).toList().toString());
        d.uniqueKeys().forEach(k -> keys.add(k.attributes().stream().map(Attribute::name).toList().toString()));
        throw new ValidationException(d.name(), named.get(0), call + named
                + " is neither its key nor a unique key; a conflict target must be one of " + keys);
    }

    /**
     * The dialect's upsert {@code sql} naming the partial index's condition after its conflict target, as PostgreSQL
     * and SQLite need to use that index ({@code ON CONFLICT ("name") WHERE "deletedAt" IS NULL}); else as it is.
     */
    public String upsert(String sql) {
        if (liveColumn == null) return sql;
        String target = "ON CONFLICT (" + plan.dialect().quoteAll(names()) + ")";
        int end = sql.indexOf(target) + target.length();
        if (end < target.length()) return sql;
        return sql.substring(0, end) + " WHERE " + plan.dialect().quote(liveColumn) + " IS NULL" + sql.substring(end);
    }

    /** The target's column indexes. */
    public int[] columns() {
        return columns.clone();
    }

    /** The target's column names. */
    public List<String> names() {
        return Arrays.stream(columns).mapToObj(i -> plan.attributes().get(i).column()).toList();
    }

    /** The row's values on the target, comparable by equals; {@code null} when one of them is null. */
    List<Object> values(Object[] row) {
        List<Object> out = new ArrayList<>(columns.length);
        for (int c : columns) {
            if (row[c] == null) return null;
            out.add(ValueEquality.key(row[c]));
        }
        return out;
    }

    /**
     * The stored rows matching {@code rows} on the target (one SELECT per chunk), as target values → generated key
     * (or {@link #STORED} when the model has none); {@code lock}: the rows stay locked until the transaction ends.
     */
    public Map<List<Object>, Object> lookUp(Runtime runtime, Connection connection, List<Object[]> rows, boolean lock) {
        Map<List<Object>, Object> stored = new HashMap<>();
        int key = plan.generatedKeyIndex();
        int chunk = Math.max(1, Math.min(MAX_ROWS_PER_LOOKUP, plan.dialect().maxBindParameters() / columns.length));
        String forUpdate = lock ? plan.dialect().lockRowsForUpdate() : null;
        for (int from = 0; from < rows.size(); from += chunk) {
            Sql sql = new Sql().append("SELECT ");
            for (int n = 0; n < columns.length; n++) {
                sql.append(n == 0 ? "" : ", ").append(plan.dialect().quote(plan.attributes().get(columns[n]).column()));
            }
            if (key >= 0) sql.append(", ").append(plan.dialect().quote(plan.attributes().get(key).column()));
            sql.append(" FROM ").append(plan.quotedTable()).append(" WHERE ");
            appendCondition(sql, rows.subList(from, Math.min(rows.size(), from + chunk)));
            if (forUpdate != null) sql.append(forUpdate);
            runtime.runner().query(connection, sql, plan.definition().tableName(), rs -> {
                List<Object> values = new ArrayList<>(columns.length);
                for (int n = 0; n < columns.length; n++) {
                    values.add(ValueEquality.key(plan.codec(columns[n]).read(rs, n + 1)));
                }
                stored.put(values, key >= 0 ? plan.codec(key).read(rs, columns.length + 1) : STORED);
                return null;
            });
        }
        return stored;
    }

    /**
     * {@code c IN (?, …)} or {@code (c1 = ? AND c2 = ?) OR …}: the rows matching {@code rows} on the target (for a
     * partial unique index, among the rows it holds).
     */
    public void appendCondition(Sql sql, List<Object[]> rows) {
        if (liveColumn == null) {
            appendMatch(sql, rows);
            return;
        }
        appendMatch(sql.append('('), rows);
        sql.append(") AND ").append(plan.dialect().quote(liveColumn)).append(" IS NULL");
    }

    private void appendMatch(Sql sql, List<Object[]> rows) {
        if (columns.length == 1) {
            sql.append(plan.dialect().quote(plan.attributes().get(columns[0]).column())).append(" IN (");
            for (int r = 0; r < rows.size(); r++) {
                if (r > 0) sql.append(", ");
                sql.bind(rows.get(r)[columns[0]], plan.codec(columns[0]));
            }
            sql.append(')');
            return;
        }
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : " OR (");
            for (int n = 0; n < columns.length; n++) {
                int c = columns[n];
                if (n > 0) sql.append(" AND ");
                sql.append(plan.dialect().quote(plan.attributes().get(c).column())).append(" = ");
                sql.bind(rows.get(r)[c], plan.codec(c));
            }
            sql.append(')');
        }
    }
}
