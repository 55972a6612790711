package dev.junction.schema;

import dev.junction.DefinitionException;
import dev.junction.internal.Arguments;
import dev.junction.query.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/** The scopes a {@link ModelSpec} collects; mutable, like the spec. */
final class ModelSpecScopes {
    /** The name that means the default scope, in {@code scoped(…)} as in Sequelize. */
    static final String DEFAULT = "defaultScope";

    private Query defaultScope;
    private final Map<String, Query> named = new LinkedHashMap<>();

    void defaultScope(String model, Query query) {
        refuseWithDeleted(model, DEFAULT, query);
        this.defaultScope = query;
    }

    void named(String model, String name, Query query) {
        Arguments.declared(name, "ModelSpec.scope", "name");
        refuseWithDeleted(model, name, query);
        if (name.isBlank() || name.equals(DEFAULT)) {
            throw new DefinitionException("Model " + model + ": a scope cannot be called '" + name + "'"
                    + (name.isBlank() ? "" : "; declare the default scope with defaultScope(…)"));
        }
        if (named.putIfAbsent(name, query) != null) {
            throw new DefinitionException("Model " + model + ": scope '" + name + "' is declared twice");
        }
    }

    /**
     * A scope filters rows; reading soft-deleted rows too is a choice of each read, so a scope built with
     * {@code withDeleted()} is refused rather than silently read without it.
     */
    private static void refuseWithDeleted(String model, String name, Query query) {
        if (query.isWithDeleted()) {
            throw new DefinitionException("Model " + model + ": scope '" + name + "' cannot include soft-deleted rows;"
                    + " use withDeleted() on the query that reads them");
        }
    }

    ModelScopes build() {
        return defaultScope == null && named.isEmpty() ? ModelScopes.none() : new ModelScopes(defaultScope, named);
    }
}
