package dev.junction.internal.model;

import dev.junction.NotFoundException;
import dev.junction.ValidationException;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Atomic increments, as Sequelize's {@code increment}: one {@code UPDATE … SET "a" = "a" + ?} over the rows the
 * handle reads (its scope, soft-deleted rows left out), {@code updatedAt} refreshed, no hooks run. Amounts are
 * checked before anything is written.
 */
final class Increments<T> {
    private final ModelImpl<T> model;
    private final ModelPlan plan;

    Increments(ModelImpl<T> model) {
        this.model = model;
        this.plan = model.plan();
    }

    /** Adds each amount (negated with {@code sign} -1) to its attribute on every row {@code where} matches. */
    int where(Map<String, ? extends Number> by, Where where, int sign, String call) {
        if (where == null) {
            throw new ValidationException(plan.definition.name(), null, plan.definition.name() + "." + call
                    + ": where must not be null (use Where.all() for every row)");
        }
        Sql sql = render(by, sign, call);
        plan.where("").appendWhereClause(sql, plan.readWhere(ScopeFilter.where(model.readScope(), where), false));
        return model.runtime().scope().statement(model.transaction(),
                c -> model.runtime().runner().update(c, sql, plan.definition.tableName()));
    }

    /**
     * Increments the instance's row and returns it as stored: in one statement where the UPDATE can hand back the
     * row ({@link dev.junction.dialect.WriteStatements#updateReturning}), else read back in the same transaction.
     */
    T instance(T instance, Map<String, ? extends Number> by, int sign, String call) {
        ModelState state = model.slot().state();
        Object[] key = model.values(state).keyOf(instance, model.mapper(state));
        Sql sql = render(by, sign, call);
        Where keyWhere = keyWhere(key);
        plan.where("").appendWhereClause(sql, plan.readWhere(ScopeFilter.where(model.readScope(), keyWhere), false));
        String returning = plan.dialect.updateReturning(sql.text(), plan.selectList);
        if (returning != null) {
            Sql one = ModelSql.rewritten(returning, sql);
            List<T> rows = model.runtime().scope().statement(model.transaction(), c -> model.runtime().runner()
                    .query(c, one, plan.definition.tableName(), rs -> model.read(rs, 1)));
            if (rows.isEmpty()) throw gone(key, call);
            return rows.get(0);
        }
        return model.runtime().scope().atomic(model.transaction(), c -> {
            int changed = model.runtime().runner().update(c, sql, plan.definition.tableName());
            if (changed == 0) throw gone(key, call);
            return model.findByPk(key).orElseThrow();
        });
    }

    private NotFoundException gone(Object[] key, String call) {
        String name = plan.definition.name();
        return new NotFoundException(name, "Cannot " + call + " " + name + " " + ModelSql.keyText(plan, key)
                + ": its row does not exist (deleted, or never created)");
    }

    private Where keyWhere(Object[] key) {
        Where w = null;
        for (int k = 0; k < key.length; k++) {
            Where one = Where.eq(plan.attributes.get(plan.keyIndexes[k]).name(), key[k]);
            w = w == null ? one : Where.and(w, one);
        }
        return w;
    }

    private Sql render(Map<String, ? extends Number> by, int sign, String call) {
        String name = plan.definition.name();
        if (by == null || by.isEmpty()) {
            throw new ValidationException(name, null, name + "." + call + ": no attribute to " + call);
        }
        Map<Attribute, Number> checked = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends Number> e : by.entrySet()) {
            if (e.getKey() == null) throw new ValidationException(name, null, name + "." + call + ": the attribute must not be null");
            Attribute a = plan.where.attribute(e.getKey());
            checked.put(a, amount(a, e.getValue(), sign, call));
        }
        Sql sql = new Sql().append("UPDATE ").append(plan.quotedTable).append(" SET ");
        boolean first = true;
        for (Map.Entry<Attribute, Number> e : checked.entrySet()) {
            int i = plan.attributes.indexOf(e.getKey());
            String column = plan.dialect.quote(e.getKey().column());
            if (!first) sql.append(", ");
            first = false;
            sql.append(column).append(" = ").append(column).append(" + ").bind(e.getValue(), plan.codecs[i]);
        }
        if (plan.updatedAtIndex >= 0) {
            Attribute updated = plan.attributes.get(plan.updatedAtIndex);
            sql.append(", ").append(plan.dialect.quote(updated.column())).append(" = ")
                    .bind(InstanceValues.timestamp(updated, Instant.now()), plan.codecs[plan.updatedAtIndex]);
        }
        if (plan.versionIndex >= 0) {
            String version = plan.dialect.quote(plan.attributes.get(plan.versionIndex).column());
            sql.append(", ").append(version).append(" = ").append(version).append(" + 1");
        }
        return sql;
    }

    /** The amount as the attribute's own Java type, negated for a decrement; refused when it cannot be added. */
    private Number amount(Attribute a, Number by, int sign, String call) {
        String name = plan.definition.name();
        String where = name + "." + a.name();
        if (plan.definition.primaryKey().contains(a)) {
            throw new ValidationException(name, a.name(), where + " is a key attribute and cannot be " + call + "ed");
        }
        if (a.role() == Attribute.Role.VERSION) {
            throw new ValidationException(name, a.name(), where + " is the version Junction keeps; it adds one itself");
        }
        DataType.Kind kind = a.type().kind();
        if (kind != DataType.Kind.INTEGER && kind != DataType.Kind.BIGINT && kind != DataType.Kind.DOUBLE
                && kind != DataType.Kind.DECIMAL) {
            throw new ValidationException(name, a.name(), where + " is " + kind + ", not a number: cannot " + call);
        }
        if (by == null) throw new ValidationException(name, a.name(), where + ": the amount to " + call + " is null");
        if ((by instanceof Double d && !Double.isFinite(d)) || (by instanceof Float f && !Float.isFinite(f))) {
            throw new ValidationException(name, a.name(), where + ": the amount to " + call + " is " + by);
        }
        BigDecimal exact = new BigDecimal(by.toString());
        if (sign < 0) exact = exact.negate();
        try {
            return switch (kind) {
                case INTEGER -> exact.intValueExact();
                case BIGINT -> exact.longValueExact();
                case DOUBLE -> exact.doubleValue();
                default -> exact;
            };
        } catch (ArithmeticException e) {
            throw new ValidationException(name, a.name(), where + ": " + by + " is not a whole number in range");
        }
    }
}
