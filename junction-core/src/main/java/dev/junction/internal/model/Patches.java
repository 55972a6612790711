package dev.junction.internal.model;

import dev.junction.NotFoundException;
import dev.junction.ValidationException;
import dev.junction.internal.Arguments;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Where;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code patch(key, values)}: one UPDATE of the row with that key writing only the given attributes (coerced,
 * validated, {@code updatedAt} refreshed), then the row read back in the same transaction. No hooks run.
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
        Object[] row = new Object[plan.attributes.size()];
        boolean[] set = model.values(state).forBulkUpdate(values, row, Instant.now(), true);
        int[] columns = IntStream.range(0, row.length).filter(i -> set[i]).toArray();
        Where where = plan.readWhere(ScopeFilter.where(model.readScope(), Where.eq(keyName, key)), false);
        return model.runtime().scope().atomic(model.transaction(), c -> {
            if (model.updater().updateWhere(plan, row, columns, where) == 0) {
                throw new NotFoundException(name, "Cannot patch " + name + " " + ModelSql.keyText(plan,
                        new Object[] {key}) + ": its row does not exist (deleted, or never created)");
            }
            return model.findByPk(key).orElseThrow();
        });
    }
}
