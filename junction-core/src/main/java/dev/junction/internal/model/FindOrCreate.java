package dev.junction.internal.model;

import dev.junction.ConnectionException;
import dev.junction.FoundOrCreated;
import dev.junction.UniqueConstraintException;
import dev.junction.ValidationException;
import dev.junction.internal.Arguments;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.query.internal.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code findOrCreate(where, defaults)}, race-safe as Sequelize's: in one transaction, find the row; if there is none,
 * create it under a savepoint; if that is a unique violation — a concurrent call created the row first — roll back
 * to the savepoint and find again, with a locking read that sees the row the other transaction committed (MariaDB's
 * plain reads keep the snapshot of the first). The values the where pins with {@code eq} fill the attributes the
 * defaults leave null; a default contradicting one is refused. Stateless.
 */
final class FindOrCreate {
    private FindOrCreate() {
    }

    static <T> FoundOrCreated<T> run(ModelImpl<T> model, Where where, T defaults) {
        ModelPlan plan = model.plan();
        String call = plan.definition.name() + ".findOrCreate";
        Arguments.given(where, call, "where");
        Arguments.given(defaults, call, "defaults");
        Map<String, Object> pinned = pinned(model, where, defaults, call);
        Query query = Query.where(where).limit(1);
        return model.runtime().scope().atomic(model.transaction(), c -> {
            Optional<T> found = model.findOne(query);
            if (found.isPresent()) return new FoundOrCreated<>(found.get(), false);
            Savepoint savepoint = savepoint(c);
            try {
                T created = model.createWith(defaults, pinned);
                c.releaseSavepoint(savepoint);
                return new FoundOrCreated<>(created, true);
            } catch (UniqueConstraintException e) {
                c.rollback(savepoint);
                List<T> again = lockedFind(model, plan, query, c);
                if (again.isEmpty()) throw e; // another unique key collided: nothing matches the where
                return new FoundOrCreated<>(again.get(0), false);
            }
        });
    }

    private static Savepoint savepoint(Connection c) {
        try {
            return c.setSavepoint();
        } catch (SQLException e) {
            throw new ConnectionException("Cannot set a savepoint: " + e.getMessage(), e);
        }
    }

    /** The row {@code query} finds through the handle's scope, read with the dialect's row lock. */
    private static <T> List<T> lockedFind(ModelImpl<T> model, ModelPlan plan, Query query, Connection c) {
        Sql sql = ModelSql.render(plan, ScopeFilter.apply(model.readScope(), query), List.of());
        String lock = plan.dialect.lockRowsForUpdate();
        if (lock != null) sql.append(lock);
        return model.runtime().runner().query(c, sql, plan.definition.tableName(), rs -> model.read(rs, 1));
    }

    /**
     * The attributes the where sets with {@code eq} (alone or in an {@code and}) that the defaults leave null, with
     * their values; a default that holds another value is a {@link ValidationException}.
     */
    private static <T> Map<String, Object> pinned(ModelImpl<T> model, Where where, T defaults, String call) {
        Map<String, Object> equal = new HashMap<>();
        collect(where, equal);
        Object[] given = model.valuesOf(defaults);
        Map<String, Object> pinned = new HashMap<>();
        for (Map.Entry<String, Object> e : equal.entrySet()) {
            int i = model.plan().indexOf(e.getKey());
            if (i < 0) continue; // the find names the unknown attribute
            if (given[i] == null) {
                pinned.put(e.getKey(), e.getValue());
            } else if (!same(given[i], e.getValue())) {
                throw new ValidationException(model.name(), e.getKey(), call + ": the defaults give " + e.getKey()
                        + " = " + given[i] + " but the where asks for " + e.getValue()
                        + "; the row created would not match the where");
            }
        }
        return pinned;
    }

    private static void collect(Where where, Map<String, Object> equal) {
        if (where instanceof Where.Comparison c && c.operator() == Where.Operator.EQ) {
            equal.put(c.attribute(), c.value());
        } else if (where instanceof Where.And and) {
            and.parts().forEach(part -> collect(part, equal));
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return a.equals(b);
    }
}
