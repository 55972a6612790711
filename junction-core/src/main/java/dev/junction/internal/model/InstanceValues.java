package dev.junction.internal.model;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.internal.Arguments;
import dev.junction.internal.mapping.InstanceMapper;
import dev.junction.internal.mapping.ValueCoercion;
import dev.junction.internal.mapping.ValueLimits;
import dev.junction.internal.write.VersionGuard;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prepares an instance's values for a write: coerces loosely typed Row values, fills defaults and timestamps, and
 * rejects missing required values, unknown attributes and unsaved instances before any statement runs.
 */
public final class InstanceValues {
    private final ModelPlan plan;
    private final boolean rows;
    private final String model;

    /**
     * An UPDATE's values: the full row, which columns to SET, the key, and the version the instance carries (to be
     * matched: optimistic locking), or {@code null} — the model has none, or the instance holds none.
     */
    public record Update(Object[] row, int[] columns, Object[] key, Object version) {
    }

    InstanceValues(ModelPlan plan, boolean rows) {
        this.plan = plan;
        this.rows = rows;
        this.model = plan.definition.name();
    }

    /** Values to INSERT, in column order; a null generated key means "let the database choose". */
    <T> Object[] forInsert(T instance, InstanceMapper<T> mapper, Instant now) {
        return forInsert(instance, mapper, now, Map.of());
    }

    /** Values to INSERT, with {@code forced} attribute values (coerced) taking the place of the instance's. */
    <T> Object[] forInsert(T instance, InstanceMapper<T> mapper, Instant now, Map<String, ?> forced) {
        Object[] row = unvalidatedInsert(instance, mapper, now, forced, null, -1);
        if (plan.validator != null) plan.validator.validate(row, null);
        return row;
    }

    /**
     * Values to INSERT for every instance of a bulkCreate; the failures of every row — validators, missing required
     * values, values that cannot be stored — are reported together, each with its row index, before anything is
     * written. A missing required value is rule {@code notNull}, a value that cannot be stored rule {@code value}.
     */
    <T> List<Object[]> forInsertAll(List<T> instances, InstanceMapper<T> mapper, Instant now, Map<String, ?> forced) {
        List<Object[]> rows = new ArrayList<>(instances.size());
        List<ValidationException.Failure> failures = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            T instance = Arguments.given(instances.get(i), model + ".bulkCreate", "instance");
            Object[] row;
            try {
                row = unvalidatedInsert(instance, mapper, now, forced, failures, i);
            } catch (ValidationException e) {
                if (!e.failures().isEmpty()) throw e;
                failures.add(new ValidationException.Failure(model, e.attribute(), null, "value", e.getMessage(), i));
                continue;
            }
            if (plan.validator != null) plan.validator.collect(row, null, i, failures);
            rows.add(row);
        }
        if (!failures.isEmpty()) throw new ValidationException(model, failures);
        return rows;
    }

    /**
     * The values to INSERT, not yet validated. A missing required value throws, or with {@code failures} is added to
     * them as rule {@code notNull} of row {@code index}.
     */
    private <T> Object[] unvalidatedInsert(T instance, InstanceMapper<T> mapper, Instant now, Map<String, ?> forced,
                                           List<ValidationException.Failure> failures, int index) {
        Object[] row = valuesOf(instance, mapper);
        for (Map.Entry<String, ?> entry : forced.entrySet()) {
            Attribute a = plan.where.attribute(entry.getKey());
            row[plan.attributes.indexOf(a)] = ValueCoercion.coerce(plan.definition.name(), a, entry.getValue());
        }
        if (plan.versionIndex >= 0) {
            // A new row is version 0, whatever the instance says (Sequelize's version attribute is read-only too).
            row[plan.versionIndex] = VersionGuard.initial(plan.attributes.get(plan.versionIndex));
        }
        for (int i = 0; i < row.length; i++) {
            Attribute a = plan.attributes.get(i);
            if (row[i] == null) {
                if (a.defaultSupplier() != null) {
                    row[i] = ValueCoercion.coerce(plan.definition.name(), a, a.defaultSupplier().get());
                } else if (a.defaultValue() != null) {
                    row[i] = a.defaultValue();
                } else if (a.type().kind() == DataType.Kind.UUID && a.primaryKey() && plan.keyIndexes.length == 1) {
                    row[i] = java.util.UUID.randomUUID();
                }
            }
        }
        if (plan.createdAtIndex >= 0 && row[plan.createdAtIndex] == null) {
            row[plan.createdAtIndex] = timestamp(plan.attributes.get(plan.createdAtIndex), now);
        }
        if (plan.updatedAtIndex >= 0 && row[plan.updatedAtIndex] == null) {
            row[plan.updatedAtIndex] = timestamp(plan.attributes.get(plan.updatedAtIndex), now);
        }
        for (int i = 0; i < row.length; i++) {
            Attribute a = plan.attributes.get(i);
            if (row[i] == null && !a.allowNull() && !a.autoIncrement()) {
                String message = model + "." + a.name() + " cannot be null";
                if (failures == null) throw new ValidationException(model, a.name(), message);
                failures.add(new ValidationException.Failure(model, a.name(), null, "notNull", message, index));
            }
            row[i] = checked(a, row[i]);
        }
        checkExplicitGeneratedKey(row);
        return row;
    }

    /**
     * An explicit value for a generated key must be 1 or more, on every database alike: MariaDB/MySQL read 0 as
     * "generate one" (and would store another key than the one returned), and the generators count from 1.
     */
    private void checkExplicitGeneratedKey(Object[] row) {
        int i = plan.generatedKeyIndex;
        if (i >= 0 && row[i] instanceof Number key && key.longValue() < 1) {
            String name = plan.attributes.get(i).name();
            throw new ValidationException(model, name, model + "." + name + " is generated by the database; an"
                    + " explicit value must be 1 or more, was " + key + " (leave it null to have one generated)");
        }
    }

    /**
     * Values to UPDATE by key: every attribute the instance holds except key, createdAt, deletedAt (only destroy
     * and restore write it, so an update cannot revive or soft-delete a row) and the version (which the UPDATE
     * checks and adds one to); updatedAt refreshed.
     */
    <T> Update forUpdate(T instance, InstanceMapper<T> mapper, Instant now) {
        return forUpdate(instance, mapper, now, null);
    }

    /** Like {@link #forUpdate(Object, InstanceMapper, Instant)}, writing only {@code only} (all when null). */
    <T> Update forUpdate(T instance, InstanceMapper<T> mapper, Instant now, boolean[] only) {
        Object[] row = valuesOf(instance, mapper);
        Object[] key = keyFrom(row);
        if (plan.updatedAtIndex >= 0) {
            row[plan.updatedAtIndex] = timestamp(plan.attributes.get(plan.updatedAtIndex), now);
        }
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            Attribute a = plan.attributes.get(i);
            if (a.primaryKey() || i == plan.createdAtIndex || i == plan.deletedAtIndex || i == plan.versionIndex) {
                continue;
            }
            boolean held = rows ? ((Row) instance).containsKey(a.name()) || i == plan.updatedAtIndex
                    : a.isProperty() || i == plan.updatedAtIndex;
            if (!held || (only != null && !only[i] && i != plan.updatedAtIndex)) continue;
            if (row[i] == null && !a.allowNull()) {
                throw new ValidationException(model, a.name(), model + "." + a.name() + " cannot be null");
            }
            row[i] = checked(a, row[i]);
            columns.add(i);
        }
        int[] written = columns.stream().mapToInt(Integer::intValue).toArray();
        if (plan.validator != null) plan.validator.validate(row, written);
        return new Update(row, written, key, plan.versionIndex < 0 ? null : row[plan.versionIndex]);
    }

    /** Fills {@code row} from a map of changes; returns which columns are set (updatedAt added when kept). */
    boolean[] forBulkUpdate(Map<String, ?> changes, Object[] row, Instant now) {
        return forBulkUpdate(changes, row, now, true);
    }

    /** Like {@link #forBulkUpdate(Map, Object[], Instant)}; without {@code checkNulls} the database judges nulls. */
    boolean[] forBulkUpdate(Map<String, ?> changes, Object[] row, Instant now, boolean checkNulls) {
        boolean[] set = new boolean[row.length];
        for (Map.Entry<String, ?> change : changes.entrySet()) {
            Attribute a = plan.where.attribute(change.getKey());
            int i = plan.attributes.indexOf(a);
            if (i == plan.versionIndex) {
                throw new ValidationException(model, a.name(), model + "." + a.name() + " is the version Junction"
                        + " keeps (optimistic locking): every update adds one to it, and it cannot be set");
            }
            Object value = ValueCoercion.coerce(plan.definition.name(), a, change.getValue());
            if (checkNulls && value == null && !a.allowNull()) {
                throw new ValidationException(model, a.name(), model + "." + a.name() + " cannot be null");
            }
            row[i] = checked(a, value);
            set[i] = true;
        }
        if (plan.updatedAtIndex >= 0 && !set[plan.updatedAtIndex] && !changes.isEmpty()) {
            row[plan.updatedAtIndex] = timestamp(plan.attributes.get(plan.updatedAtIndex), now);
            set[plan.updatedAtIndex] = true;
        }
        if (plan.validator != null) {
            plan.validator.validate(row, java.util.stream.IntStream.range(0, row.length).filter(i -> set[i]).toArray());
        }
        return set;
    }

    /** The value as it will be written, or a {@link ValidationException} (see {@link ValueLimits}). */
    private Object checked(Attribute a, Object value) {
        return ValueLimits.forWrite(plan.dialect, model, a, value);
    }

    /** The key of a saved instance; an unsaved one (null key part) is a {@link ValidationException}. */
    <T> Object[] keyOf(T instance, InstanceMapper<T> mapper) {
        return keyFrom(valuesOf(instance, mapper));
    }

    /** Key values given by a caller (findByPk), checked for count and nulls and coerced. */
    Object[] key(Object[] given) {
        if (given == null || given.length != plan.keyIndexes.length) {
            throw new ValidationException(model, null, "Model " + model + " has a key of " + plan.keyIndexes.length
                    + " attribute(s) " + keyNames() + "; got " + (given == null ? 0 : given.length) + " value(s)");
        }
        Object[] key = new Object[given.length];
        for (int k = 0; k < given.length; k++) {
            Attribute a = plan.attributes.get(plan.keyIndexes[k]);
            if (given[k] == null) {
                throw new ValidationException(model, a.name(), "Key " + model + "." + a.name() + " cannot be null");
            }
            key[k] = ValueCoercion.coerce(plan.definition.name(), a, given[k]);
            ValueLimits.checkFilter(plan.dialect, model, a, key[k]);
        }
        return key;
    }

    private Object[] keyFrom(Object[] row) {
        Object[] key = new Object[plan.keyIndexes.length];
        for (int k = 0; k < key.length; k++) {
            key[k] = row[plan.keyIndexes[k]];
            if (key[k] == null) {
                throw new ValidationException(model, plan.attributes.get(plan.keyIndexes[k]).name(), "This " + model
                        + " has no " + plan.attributes.get(plan.keyIndexes[k]).name()
                        + ": it is not saved yet (create it first)");
            }
        }
        return key;
    }

    <T> Object[] valuesOf(T instance, InstanceMapper<T> mapper) {
        if (!rows) {
            return mapper.toValues(instance);
        }
        Row row = (Row) instance;
        for (String name : row.keySet()) {
            plan.where.attribute(name);
        }
        Object[] values = mapper.toValues(instance);
        for (int i = 0; i < values.length; i++) {
            values[i] = ValueCoercion.coerce(plan.definition.name(), plan.attributes.get(i), values[i]);
        }
        return values;
    }

    private String keyNames() {
        List<String> names = new ArrayList<>();
        for (int i : plan.keyIndexes) names.add(plan.attributes.get(i).name());
        return names.toString();
    }

    static Object timestamp(Attribute attribute, Instant now) {
        return Timestamps.of(attribute, now);
    }
}
