package dev.junction.association.internal;

import static dev.junction.query.Where.eq;

import dev.junction.NotFoundException;
import dev.junction.association.BelongsTo;
import dev.junction.internal.Runtime;
import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.write.VersionGuard;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Where;
import dev.junction.query.Query;
import dev.junction.query.internal.Sql;
import dev.junction.query.internal.SqlTemplate;
import java.util.List;
import java.util.Optional;

/** The source holds the key: {@code Sandcastles.BeachId → Beaches.id}. */
final class BelongsToImpl<S, T> extends AssociationBase<S, T> implements BelongsTo<S, T> {
    final String foreignKey;
    final String targetKey;

    BelongsToImpl(Runtime runtime, ModelImpl<S> source, ModelImpl<T> target, String as, String foreignKey,
                  String targetKey) {
        super(runtime, source, target, as, as);
        this.foreignKey = foreignKey;
        this.targetKey = targetKey;
    }

    @Override
    public Kind kind() {
        return Kind.BELONGS_TO;
    }

    @Override
    public String foreignKey() {
        return foreignKey;
    }

    @Override
    public Optional<T> get(S instance) {
        String key = primaryKey(source);
        Object id = sourceValue(instance, key);
        var fk = source.definition().attribute(foreignKey).orElseThrow();
        if (fk.isProperty()) {
            Object value = source.valuesOf(instance)[source.plan().indexOf(foreignKey)];
            return value == null ? Optional.empty() : target.findOne(eq(targetKey, value));
        }
        // The class does not hold the key: follow it in the database, in one statement (rendered once per plans).
        ModelPlan t = target.plan();
        ModelPlan s = source.plan();
        Query scope = target.readScope();
        Sql sql = s.statements().get(new Followed(as, t, scope), () -> SqlTemplate.of(follow(fk.column(), key, id,
                scope), 1, 0)).with(new Object[] {id}, new Object[0]);
        List<T> found = runtime.scope().replicaRead(source.transaction(), c -> runtime.runner().query(c, sql,
                s.definition().tableName(), rs -> target.read(rs, 1)));
        return found.stream().findFirst();
    }

    /** The shape of a get that follows the key in the database: the association, the target's plan and scope. */
    private record Followed(String as, ModelPlan target, Query scope) {
    }

    /** {@code SELECT t.* FROM target t JOIN source s ON s.fk = t.targetKey WHERE s.key = ?}, scope and live rows. */
    private Sql follow(String fkColumn, String key, Object id, Query scope) {
        ModelPlan t = target.plan();
        ModelPlan s = source.plan();
        var d = s.dialect();
        Sql sql = new Sql().append("SELECT ").append(t.selectList("t.")).append(" FROM ").append(t.quotedTable())
                .append(" t JOIN ").append(s.quotedTable()).append(" s ON s.").append(d.quote(fkColumn))
                .append(" = t.").append(d.quote(column(target, targetKey))).append(" WHERE s.")
                .append(d.quote(column(source, key))).append(" = ");
        sql.bind(id, s.codec(s.indexOf(key)));
        ScopeFilter.appendAnd(sql, scope, t.where("t."));
        Where live = t.readWhere(null, false);
        if (live != null) t.where("t.").render(sql.append(" AND "), live);
        return sql;
    }

    @Override
    public S set(S instance, Object newTarget) {
        String key = primaryKey(source);
        Object id = sourceValue(instance, key);
        Object value = newTarget == null ? null : targetValue(newTarget, targetKey);
        java.util.HashMap<String, Object> change = new java.util.HashMap<>();
        change.put(foreignKey, value);
        Object[] values = source.valuesOf(instance);
        values[source.plan().indexOf(foreignKey)] = value;
        if (source.plan().versionIndex() >= 0) {
            values[source.plan().versionIndex()] = setVersioned(key, id, change, sourceVersion(instance));
        } else if (source.unscoped().update(change, eq(key, id)) == 0) {
            throw notFound(key, id);
        }
        return source.merge(instance, values);
    }

    /**
     * Sets the key of a versioned source row (optimistic locking): at {@code version} when the instance carried one,
     * as an update of the instance would; returns the row's new version.
     */
    private Object setVersioned(String key, Object id, java.util.Map<String, Object> change, Object version) {
        ModelPlan s = source.plan();
        var attribute = s.attributes().get(s.versionIndex());
        return runtime.scope().atomic(source.transaction(), connection -> {
            Where row = version == null ? eq(key, id) : Where.and(eq(key, id), eq(attribute.name(), version));
            if (source.unscoped().update(change, row) > 0) {
                return version != null ? VersionGuard.next(attribute, version)
                        : VersionGuard.stored(runtime, connection, s, key, id);
            }
            if (version == null || VersionGuard.stored(runtime, connection, s, key, id) == null) {
                throw notFound(key, id);
            }
            java.util.Map<String, Object> named = new java.util.LinkedHashMap<>();
            named.put(key, id);
            throw VersionGuard.stale(s, "set " + label() + " of", named, version);
        });
    }

    private NotFoundException notFound(String key, Object id) {
        return new NotFoundException(source.name(), label() + ": cannot set, " + source.name() + " " + key + "="
                + id + " does not exist");
    }

    @Override
    public T create(S instance, T newTarget) {
        return runtime.scope().atomic(source.transaction(), connection -> {
            T created = target.create(newTarget);
            set(instance, created);
            return created;
        });
    }

    @Override
    public java.util.Map<S, T> load(java.util.Collection<S> sources) {
        return loadOne(sources);
    }

    @Override
    public BelongsTo<S, T> in(dev.junction.Transaction tx) {
        return new BelongsToImpl<>(runtime, bound(source, tx), bound(target, tx), as, foreignKey, targetKey);
    }
}
