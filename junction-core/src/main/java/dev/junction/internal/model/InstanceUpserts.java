package dev.junction.internal.model;

import dev.junction.Upserted;
import dev.junction.ValidationException;
import dev.junction.internal.Arguments;
import dev.junction.internal.write.ConflictTarget;
import dev.junction.internal.write.RowUpsert;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code upsert(instance)}: the instance's row inserted, or written over the stored row it matches on the conflict
 * target — every attribute but the target's, the primary key and {@code createdAt}, which the stored row keeps;
 * {@code updatedAt} refreshed, a version (optimistic locking) added one to — not checked: an upsert names no version
 * it read. Validated as by {@code create}; no hooks run (Sequelize runs only its own
 * beforeUpsert/afterUpsert, which Junction has not). The write itself is {@link RowUpsert}. Stateless.
 */
final class InstanceUpserts {
    private InstanceUpserts() {
    }

    static <T> Upserted<T> upsert(ModelImpl<T> model, T instance, String[] conflict) {
        ModelState state = model.slot().state();
        ModelPlan plan = state.plan();
        String call = plan.definition.name() + ".upsert";
        Arguments.given(instance, call, "instance");
        List<String> named = Arguments.each(call, "conflict attribute", Arguments.given(conflict, call,
                "conflictAttributes"));
        Instant now = Instant.now();
        Object[] row = model.values(state).forInsert(instance, model.mapper(state), now);
        if (plan.updatedAtIndex >= 0) { // refreshed on update, whatever the instance holds
            row[plan.updatedAtIndex] = InstanceValues.timestamp(plan.attributes.get(plan.updatedAtIndex), now);
        }
        List<Attribute> key = named.isEmpty() ? defaultTarget(plan, row)
                : ConflictTarget.named(plan, named, call + ": conflict attributes ");
        int[] columns = key.stream().mapToInt(plan.attributes::indexOf).toArray();
        RowUpsert upsert = new RowUpsert(model, plan, new ConflictTarget(plan, columns), set(plan, columns), row);
        RowUpsert.Result result = upsert.oneStatement()
                ? model.runtime().scope().statement(model.transaction(), upsert::write)
                : model.runtime().scope().atomic(model.transaction(), upsert::write);
        return new Upserted<>(model.mapper(state).merge(instance, result.row()), result.created());
    }

    /** The primary key when the row gives it, else the model's first unique key, else the (generated) key. */
    private static List<Attribute> defaultTarget(ModelPlan plan, Object[] row) {
        ModelDefinition d = plan.definition;
        boolean keyGiven = d.primaryKey().stream().allMatch(a -> row[plan.attributes.indexOf(a)] != null);
        if (!keyGiven && !d.uniqueKeys().isEmpty()) return d.uniqueKeys().get(0).attributes();
        if (d.primaryKey().isEmpty()) {
            throw new ValidationException(d.name(), null, d.name() + ".upsert: the model has no primary or unique"
                    + " key to match a stored row on");
        }
        return d.primaryKey();
    }

    /** Every column but the target's, the primary key's, a generated one, createdAt and the version. */
    private static int[] set(ModelPlan plan, int[] target) {
        List<Attribute> key = plan.definition.primaryKey();
        return IntStream.range(0, plan.attributes.size())
                .filter(i -> IntStream.of(target).noneMatch(t -> t == i))
                .filter(i -> !key.contains(plan.attributes.get(i)) && !plan.attributes.get(i).autoIncrement())
                .filter(i -> i != plan.createdAtIndex && i != plan.versionIndex) // the version adds one by itself
                .toArray();
    }
}
