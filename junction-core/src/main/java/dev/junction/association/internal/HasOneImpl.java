package dev.junction.association.internal;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.ne;

import dev.junction.association.HasOne;
import dev.junction.internal.Runtime;
import dev.junction.internal.model.ModelImpl;
import dev.junction.query.Where;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One target holds the key: {@code Profiles.UserId → Users.id}. */
final class HasOneImpl<S, T> extends AssociationBase<S, T> implements HasOne<S, T> {
    final String foreignKey;
    final String sourceKey;

    HasOneImpl(Runtime runtime, ModelImpl<S> source, ModelImpl<T> target, String as, String foreignKey,
               String sourceKey) {
        super(runtime, source, target, as, as);
        this.foreignKey = foreignKey;
        this.sourceKey = sourceKey;
    }

    @Override
    public Kind kind() {
        return Kind.HAS_ONE;
    }

    @Override
    public String foreignKey() {
        return foreignKey;
    }

    @Override
    public Optional<T> get(S instance) {
        return target.findOne(eq(foreignKey, sourceValue(instance, sourceKey)));
    }

    @Override
    public void set(S instance, Object newTarget) {
        Object owner = sourceValue(instance, sourceKey);
        Object key = newTarget == null ? null : targetValue(newTarget, primaryKey(target));
        Object version = sourceVersion(instance);
        runtime.scope().atomic(source.transaction(), connection -> {
            lockSourceRow(connection, sourceKey, owner, version);
            // Let go only a previous target: nulling the new one first would fail on a NOT NULL key.
            Where previous = key == null ? eq(foreignKey, owner)
                    : eq(foreignKey, owner).and(ne(primaryKey(target), key));
            // Links are written unscoped (as Sequelize does): a target the default scope hides is still linked.
            target.unscoped().update(change(null), previous, false);
            if (key != null) {
                int updated = target.unscoped().update(change(owner), eq(primaryKey(target), key));
                // Missing: throwing rolls the transaction back, and with it the letting go of the previous target.
                MissingTargets.refuseIfAnyMissing(this, "set", Set.of(key), updated);
            }
            return null;
        });
    }

    @Override
    public T create(S instance, T newTarget) {
        return target.createWith(newTarget, Map.of(foreignKey, sourceValue(instance, sourceKey)));
    }

    private Map<String, Object> change(Object owner) {
        Map<String, Object> change = new HashMap<>();
        change.put(foreignKey, owner);
        return change;
    }

    @Override
    public java.util.Map<S, T> load(java.util.Collection<S> sources) {
        return loadOne(sources);
    }

    @Override
    public HasOne<S, T> in(dev.junction.Transaction tx) {
        return new HasOneImpl<>(runtime, bound(source, tx), bound(target, tx), as, foreignKey, sourceKey);
    }
}
