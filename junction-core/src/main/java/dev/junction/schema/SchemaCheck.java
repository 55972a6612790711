package dev.junction.schema;

import dev.junction.internal.Arguments;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of {@code Junction.check()}: every difference between the models and the live database, model by model.
 * Immutable.
 *
 * @param differences every difference, in model order, then tables no model uses
 * @param tables      how many of the models' tables were compared
 */
public record SchemaCheck(List<SchemaDifference> differences, int tables) {
    public SchemaCheck {
        differences = Arguments.listOrEmpty(differences);
    }

    /** Whether the database matches the models: no difference at all. */
    public boolean matches() {
        return differences.isEmpty();
    }

    /** The differences one per line, or {@code "The database matches the models (N tables)."}. */
    @Override
    public String toString() {
        if (matches()) return "The database matches the models (" + tables + " tables).";
        return differences.stream().map(SchemaDifference::toString).collect(Collectors.joining("\n"));
    }
}
