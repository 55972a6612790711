package dev.junction.internal.model;

import dev.junction.NotFoundException;
import dev.junction.ValidationException;
import dev.junction.internal.Arguments;
import dev.junction.internal.mapping.ValueCoercion;
import dev.junction.internal.write.VersionGuard;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Where;
import dev.junction.schema.Attribute;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code patch(key, values)}: one UPDATE of the row with that key writing only the given attributes (coerced,
 * validated, {@code updatedAt} refreshed, a version added one to), then the row read back in the same transaction.
 * No hooks run. A version among the values is not written but matched (optimistic locking).
 */
final class Patches {
    private Patches() {
    }

    static <T> T patch(ModelImpl<T> model, Object key, Map<String, ?> values) {
        ModelState state = model.slot().state();
        ModelPlan plan = state.plan();
        String name = plan.definition.name();
        Arguments.given(key, name + ".patch", "key");
        Arguments.given(values, name + ".patch", "values");
        if (plan.keyIndexes.length != 1) {
            throw new ValidationException(name, null, name + ".patch needs a model with a one-attribute key");
        }
        String keyName = plan.attributes.get(plan.keyIndexes[0]).name();
        if (values.isEmpty()) {
            throw new ValidationException(name, null, name + ".patch needs at least one attribute to write");
        }
        for (String attribute : values.keySet()) {
            if (attribute == null || attribute.equals(keyName)) {
                throw new ValidationException(name, attribute, name + "." + attribute + " cannot be patched");
            }
        }
        // Optimistic locking: the version adds one by itself; naming it makes the patch apply only at that version.
        Object version = expectedVersion(plan, values);
        Map<String, ?> written = version == null ? values : withoutVersion(plan, values);
        String versionName = version == null ? null : plan.attributes.get(plan.versionIndex).name();
        Object[] row = new Object[plan.attributes.size()];
        boolean[] set = model.values(state).forBulkUpdate(written, row, Instant.now(), true);
        int[] columns = IntStream.range(0, row.length).filter(i -> set[i]).toArray();
        Where keyWhere = version == null ? Where.eq(keyName, key)
                : Where.and(Where.eq(keyName, key), Where.eq(versionName, version));
        Where where = plan.readWhere(ScopeFilter.where(model.readScope(), keyWhere), false);
        return model.runtime().scope().atomic(model.transaction(), c -> {
            if (model.updater().updateWhere(plan, row, columns, where) == 0) {
                if (version != null && VersionGuard.differs(VersionGuard.stored(model.runtime(), c, plan,
                        new Object[] {model.values(state).key(new Object[] {key})[0]}), version)) {
                    throw VersionGuard.stale(plan, "patch", Map.of(keyName, key), version);
                }
                throw new NotFoundException(name, "Cannot patch " + name + " " + ModelSql.keyText(plan,
                        new Object[] {key}) + ": its row does not exist (deleted, or never created)");
            }
            return model.findByPk(key).orElseThrow();
        });
    }

    /** The version {@code values} names, coerced, on a versioned model; {@code null} when it names none. */
    private static Object expectedVersion(ModelPlan plan, Map<String, ?> values) {
        if (plan.versionIndex < 0) return null;
        Attribute version = plan.attributes.get(plan.versionIndex);
        if (!values.containsKey(version.name())) return null;
        String model = plan.definition.name();
        Object expected = ValueCoercion.coerce(model, version, values.get(version.name()));
        if (expected == null) {
            throw new ValidationException(model, version.name(), model + "." + version.name() + " cannot be null");
        }
        return expected;
    }

    private static Map<String, ?> withoutVersion(ModelPlan plan, Map<String, ?> values) {
        Map<String, Object> rest = new LinkedHashMap<>(values);
        rest.remove(plan.attributes.get(plan.versionIndex).name());
        return rest;
    }
}
