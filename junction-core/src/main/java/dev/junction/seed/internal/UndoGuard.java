package dev.junction.seed.internal;

import dev.junction.Junction;
import dev.junction.schema.ReferentialAction;
import dev.junction.seed.UndoOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides, before an undo deletes anything, what it may do to rows made otherwise that refer to the rows it deletes
 * ({@link DependentRows}): refuse, naming a few of them and their count, or — with {@link UndoOptions#cascade()} —
 * let their foreign keys act, and say what that deletes or nulls. Stateless apart from the database; thread-safe.
 */
final class UndoGuard {
    private static final int NAMED = 5;

    private final Junction db;

    UndoGuard(Junction db) {
        this.db = db;
    }

    /**
     * Checks the rows {@code log} lists; returns what a cascade will also do (empty when nothing refers to them).
     *
     * @throws dev.junction.seed.SeedException when rows made otherwise refer to them and {@code options} refuse
     */
    List<String> check(Connection connection, Site file, UndoLog log, UndoOptions options) throws SQLException {
        List<DependentRows.Dependent> dependents = new DependentRows(db).find(connection, log, options.cascades());
        if (dependents.isEmpty()) return List.of();
        if (!options.cascades()) throw file.error(refusal(dependents));
        return summary(dependents);
    }

    private static String refusal(List<DependentRows.Dependent> dependents) {
        String named = dependents.stream().limit(NAMED).map(Object::toString).collect(Collectors.joining(", "));
        String more = dependents.size() > NAMED ? " and " + (dependents.size() - NAMED) + " more" : "";
        return "cannot undo: " + dependents.size() + " row(s) made otherwise refer to rows it seeded — " + named + more
                + "; undoing would delete or change them. Remove them first, or undo with UndoOptions.cascade()"
                + " (CLI: --cascade) to let their foreign keys delete or null them";
    }

    /** One line per table and action: what the database's ON DELETE rules do to the dependents. */
    private static List<String> summary(List<DependentRows.Dependent> dependents) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (DependentRows.Dependent d : dependents) counts.merge(effect(d), 1, Integer::sum);
        List<String> lines = new ArrayList<>();
        counts.forEach((effect, count) -> lines.add(String.format(effect, count)));
        return lines;
    }

    private static String effect(DependentRows.Dependent d) {
        ReferentialAction action = d.onDelete() == null ? ReferentialAction.NO_ACTION : d.onDelete();
        String table = d.table().replace("%", "%%");
        String columns = String.join(", ", d.columns()).replace("%", "%%");
        return switch (action) {
            case CASCADE -> "deleted %d " + table + " row(s)";
            case SET_NULL -> "set " + columns + " to NULL in %d " + table + " row(s)";
            case SET_DEFAULT -> "set " + columns + " to its default in %d " + table + " row(s)";
            default -> "%d " + table + " row(s) still refer to it (" + action.sql() + ")";
        };
    }
}
