package dev.junction.association.internal;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.notIn;

import dev.junction.association.HasMany;
import dev.junction.internal.Runtime;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.internal.model.ModelImpl;
import dev.junction.query.Query;
import dev.junction.query.Where;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The targets hold the key: {@code Sandcastles.BeachId → Beaches.id}. Letting a target go sets its key to null;
 * a NOT NULL key makes the database refuse that (a {@link dev.junction.NotNullConstraintException}), and the
 * accessor's transaction rolls back.
 */
final class HasManyImpl<S, T> extends AssociationBase<S, T> implements HasMany<S, T> {
    final String foreignKey;
    final String sourceKey;

    HasManyImpl(Runtime runtime, ModelImpl<S> source, ModelImpl<T> target, String as, String singular,
                String foreignKey, String sourceKey) {
        super(runtime, source, target, as, singular);
        this.foreignKey = foreignKey;
        this.sourceKey = sourceKey;
    }

    @Override
    public Kind kind() {
        return Kind.HAS_MANY;
    }

    @Override
    public String foreignKey() {
        return foreignKey;
    }

    /** The filter selecting the targets of {@code instance}. */
    Where ownedBy(Object instance) {
        return eq(foreignKey, sourceValue(instance, sourceKey));
    }

    @Override
    public List<T> get(S instance, Query query) {
        query(query, "get");
        Query owned = Query.where(ownedBy(instance));
        if (query.where() != null) owned = owned.and(query.where());
        if (!query.order().isEmpty()) owned = owned.order(query.order().toArray(dev.junction.query.Order[]::new));
        if (query.limit() != null) owned = owned.limit(query.limit());
        if (query.offset() != null) owned = owned.offset(query.offset());
        if (query.isWithDeleted()) owned = owned.withDeleted();
        if (query.isUsePrimary()) owned = owned.usePrimary();
        return target.findAll(owned);
    }

    @Override
    public long count(S instance, Where where) {
        return target.count(ownedBy(instance).and(where == null ? Where.all() : where));
    }

    @Override
    public Map<S, Long> countAll(Collection<S> sources, Where where) {
        dev.junction.query.Include<S, T> include = dev.junction.query.Include.include(this);
        return countAll(sources, where == null ? include : include.where(where));
    }

    @Override
    public boolean has(S instance, Object... targets) {
        Set<Object> keys = targetKeys(targetList(targets));
        if (keys.isEmpty()) return true;
        // Unscoped, as Sequelize's has(): whether the rows are linked, whatever the target's default scope hides.
        return target.unscoped().count(ownedBy(instance).and(Where.in(primaryKey(target), keys))) == keys.size();
    }

    @Override
    public void add(S instance, Object... targets) {
        Object owner = sourceValue(instance, sourceKey);
        Set<Object> keys = targetKeys(targetList(targets));
        if (keys.isEmpty()) return;
        runtime.scope().atomic(source.transaction(), connection -> {
            link(owner, keys, "add");
            return null;
        });
    }

    @Override
    public void set(S instance, Collection<?> targets) {
        Object owner = sourceValue(instance, sourceKey);
        Set<Object> keys = targetKeys(targets);
        Object version = sourceVersion(instance);
        runtime.scope().atomic(source.transaction(), connection -> {
            lockSourceRow(connection, sourceKey, owner, version);
            // Link first: a missing target is refused before any other target has been let go.
            if (!keys.isEmpty()) link(owner, keys, "set");
            Where others = keys.isEmpty() ? eq(foreignKey, owner)
                    : eq(foreignKey, owner).and(notIn(primaryKey(target), keys));
            target.unscoped().update(change(null), others, false);
            return null;
        });
    }

    /** Makes the targets with {@code keys} belong to {@code owner}; refuses keys without a row (in a transaction). */
    private void link(Object owner, Set<Object> keys, String operation) {
        int updated = target.unscoped().update(change(owner), Where.in(primaryKey(target), keys));
        MissingTargets.refuseIfAnyMissing(this, operation, keys, updated);
    }

    @Override
    public void remove(S instance, Object... targets) {
        Object owner = sourceValue(instance, sourceKey);
        Set<Object> keys = targetKeys(targetList(targets));
        if (keys.isEmpty()) return;
        target.unscoped().update(change(null), eq(foreignKey, owner).and(Where.in(primaryKey(target), keys)), false);
    }

    @Override
    public T create(S instance, T newTarget) {
        Object owner = sourceValue(instance, sourceKey);
        return target.createWith(newTarget, Map.of(foreignKey, owner));
    }

    private Map<String, Object> change(Object owner) {
        Map<String, Object> change = new HashMap<>();
        change.put(foreignKey, owner);
        return change;
    }

    private Set<Object> targetKeys(Collection<?> targets) {
        List<Object> keys = new ArrayList<>();
        String key = primaryKey(target);
        for (Object t : targetList(targets)) keys.add(targetValue(t, key));
        return new LinkedHashSet<>(ValueEquality.distinct(keys));
    }

    @Override
    public Map<S, List<T>> load(Collection<S> sources) {
        return loadAll(sources);
    }

    @Override
    public HasMany<S, T> in(dev.junction.Transaction tx) {
        return new HasManyImpl<>(runtime, bound(source, tx), bound(target, tx), as, singular, foreignKey, sourceKey);
    }
}
