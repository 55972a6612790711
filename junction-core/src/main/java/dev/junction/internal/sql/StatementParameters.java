package dev.junction.internal.sql;

import dev.junction.ValidationException;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.MariaDbDialect;
import dev.junction.dialect.PostgresDialect;
import dev.junction.internal.sql.PlaceholderScanner.Flavour;
import dev.junction.internal.sql.PlaceholderScanner.Marker;
import dev.junction.query.internal.Sql;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a raw statement and its parameters into a {@link Sql} with {@code ?} placeholders and bound values:
 * positional values checked against the statement's {@code ?}s, or {@code :name} markers replaced by a {@code ?}
 * each (a collection by one per element). Every problem is a {@link ValidationException} naming the parameter,
 * raised before anything is sent. Thread-safe.
 */
final class StatementParameters {
    private final Flavour flavour;
    private final ParameterValues values;

    StatementParameters(Dialect dialect) {
        this.flavour = dialect instanceof PostgresDialect ? Flavour.POSTGRES
                : dialect instanceof MariaDbDialect ? Flavour.MARIADB : Flavour.STANDARD;
        this.values = new ParameterValues(dialect);
    }

    /** {@code sql} with {@code params} bound to its {@code ?}s in order ({@code null} array: none). */
    Sql positional(String sql, Object[] params) {
        Object[] given = params == null ? new Object[0] : params;
        List<Marker> markers = PlaceholderScanner.scan(sql, flavour);
        int placeholders = 0;
        for (Marker marker : markers) {
            if (marker.name() != null) {
                throw new ValidationException(null, marker.name(), "The statement has a named parameter :"
                        + marker.name() + " but was given positional values; give named values as a Map (or write a"
                        + " PostgreSQL cast as ::type)\n  SQL: " + sql);
            }
            placeholders++;
        }
        if (placeholders != given.length) {
            throw new ValidationException(null, null, "The statement has " + placeholders + " ? placeholder"
                    + (placeholders == 1 ? "" : "s") + " but " + given.length + " value" + (given.length == 1 ? " was"
                    : "s were") + " given\n  SQL: " + sql);
        }
        Sql out = Sql.of(sql);
        for (int p = 0; p < given.length; p++) {
            if (given[p] instanceof Collection<?>) {
                throw new ValidationException(null, "parameter " + (p + 1), "Parameter " + (p + 1) + " is a "
                        + "collection; a list expands only as a named parameter: IN (:ids) with Map.of(\"ids\", list)"
                        + "\n  SQL: " + sql);
            }
            values.bind(out, given[p], "parameter " + (p + 1), false);
        }
        return out;
    }

    /** {@code sql} with each {@code :name} replaced by placeholders for {@code params.get(name)}. */
    Sql named(String sql, Map<String, ?> params) {
        for (String name : params.keySet()) {
            if (name == null) throw new ValidationException(null, null, "A named parameter's name is null");
        }
        List<Marker> markers = PlaceholderScanner.scan(sql, flavour);
        Set<String> used = new LinkedHashSet<>();
        Sql out = new Sql();
        int from = 0;
        for (Marker marker : markers) {
            if (marker.name() == null) {
                throw new ValidationException(null, null, "The statement has a ? placeholder but was given named"
                        + " values; use :name for every parameter, or pass positional values instead\n  SQL: " + sql);
            }
            String name = marker.name();
            if (!params.containsKey(name)) {
                throw new ValidationException(null, name, "No value given for the named parameter :" + name
                        + " (given: " + new TreeSet<>(params.keySet()) + ")\n  SQL: " + sql);
            }
            out.append(sql.substring(from, marker.start()));
            bindNamed(out, name, params.get(name), sql);
            used.add(name);
            from = marker.end();
        }
        out.append(sql.substring(from));
        for (String name : params.keySet()) {
            if (!used.contains(name)) {
                throw new ValidationException(null, name, "The value given for :" + name + " is not used: the"
                        + " statement has no parameter :" + name + (used.isEmpty() ? "" : " (it uses " + used + ")")
                        + "\n  SQL: " + sql);
            }
        }
        return out;
    }

    private void bindNamed(Sql out, String name, Object value, String sql) {
        if (!(value instanceof Collection<?> list)) {
            values.bind(out, value, ":" + name, true);
            return;
        }
        if (list.isEmpty()) {
            throw new ValidationException(null, name, "The named parameter :" + name + " is an empty collection;"
                    + " IN () is not SQL, and NOT IN (NULL) would match nothing: leave the condition out instead"
                    + "\n  SQL: " + sql);
        }
        boolean first = true;
        for (Object element : list) {
            if (!first) out.append(", ");
            if (element instanceof Collection<?>) {
                throw new ValidationException(null, name, "The named parameter :" + name + " holds a nested"
                        + " collection; its elements must be single values\n  SQL: " + sql);
            }
            values.bind(out, element, ":" + name, true);
            first = false;
        }
    }
}
