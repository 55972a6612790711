package dev.junction.schema.internal;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.internal.SchemaDdl;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;

/**
 * The unique keys of a paranoid model, where the database has partial unique indexes (PostgreSQL, SQLite): each
 * holds among the rows that are not soft-deleted ({@code … WHERE "deletedAt" IS NULL}), so a row can be created
 * again after its namesake was soft-deleted. Elsewhere (H2, MariaDB) they stay plain unique constraints, as do a
 * paranoid join table's pair and a key that a foreign key references. Stateless.
 */
public final class LiveUniqueKeys {
    private LiveUniqueKeys() {
    }

    /**
     * The column that limits {@code model}'s unique keys to live rows on {@code dialect}'s database, or {@code null}
     * when they are plain: the model is not paranoid, or the database has no partial unique indexes.
     */
    public static String liveColumn(ModelDefinition model, Dialect dialect) {
        if (!model.paranoid() || !SchemaDdl.forDialect(dialect).partialUniqueIndexes()) return null;
        return model.attributeWithRole(Attribute.Role.DELETED_AT).orElseThrow().column();
    }

    /**
     * The column that limits {@code unique} to live rows, or {@code null} when it is plain: as
     * {@link #liveColumn(ModelDefinition, Dialect)}, and never for a key that spans soft-deleted rows (a paranoid join
     * table's pair).
     */
    public static String liveColumn(ModelDefinition model, ModelDefinition.UniqueKey unique, Dialect dialect) {
        return unique.spansDeleted() ? null : liveColumn(model, dialect);
    }

    /**
     * As {@link #liveColumn(ModelDefinition, ModelDefinition.UniqueKey, Dialect)}, and never for a key a foreign key
     * of {@code graph}'s models references ({@link ForeignKeyGraph#referenced}): it stays a full unique constraint,
     * the only kind a foreign key can reference. {@code graph} may be {@code null} (no references known).
     */
    public static String liveColumn(ModelDefinition model, ModelDefinition.UniqueKey unique, Dialect dialect,
                                    ForeignKeyGraph graph) {
        return graph != null && graph.referenced(model, unique) ? null : liveColumn(model, unique, dialect);
    }

    /** The statement making {@code unique} a partial unique index of {@code model}'s table. */
    static String create(ModelDefinition model, ModelDefinition.UniqueKey unique, Dialect dialect) {
        return SchemaDdl.forDialect(dialect).createLiveUnique(model.tableName(), unique.name(), unique.columns(),
                liveColumn(model, dialect));
    }
}
