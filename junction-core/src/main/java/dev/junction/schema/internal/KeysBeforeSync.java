package dev.junction.schema.internal;

import dev.junction.SchemaException;
import dev.junction.dialect.Dialect;
import dev.junction.schema.Attribute;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@code sync} is about to key, checked before it writes anything: a primary key, foreign key or index on a
 * column the database cannot key whole ({@link Dialect#keysWhole}: a {@code byte[]} without a length on MariaDB).
 * Without it MariaDB refuses the statement half-way through a sync, its DDL not undone, and names no model. (That a
 * foreign key and its key are of one kind, {@link ForeignKeyGraph} has checked.)
 */
final class KeysBeforeSync {
    private final Dialect dialect;
    private final ForeignKeyGraph graph;

    KeysBeforeSync(Dialect dialect, ForeignKeyGraph graph) {
        this.dialect = dialect;
        this.graph = graph;
    }

    /**
     * Refuses the keys of the tables this sync creates (those not {@code existing}), and those ALTER adds to the
     * tables of {@code toAlter} (as they are now), naming every column.
     */
    void refuse(Set<String> existing, Map<ModelDefinition, DatabaseSchema.Table> toAlter) {
        List<String> unkeyable = new ArrayList<>();
        for (ModelDefinition model : graph.creationOrder()) {
            DatabaseSchema.Table live = toAlter.get(model);
            if (live == null && existing.contains(model.tableName())) continue;
            for (Attribute a : keyedAnew(model, live)) {
                if (dialect.keysWhole(a.type())) continue;
                unkeyable.add(model.name() + "." + a.name() + " (" + dialect.columnType(a.type()) + ")");
            }
        }
        if (unkeyable.isEmpty()) return;
        throw new SchemaException(dialect.name() + " cannot make a key or an index of " + String.join(", ", unkeyable)
                + ": give a byte[] a length (@Column(length = 16) or DataType.binary(16)); a key of text, a String of"
                + " a length (string(n)) rather than text(); sync changed nothing");
    }

    /**
     * The attributes {@code model}'s table gets a key or an index on: all of them for a table to create ({@code live}
     * null), else those of the indexes and foreign keys {@code live} lacks.
     */
    private Set<Attribute> keyedAnew(ModelDefinition model, DatabaseSchema.Table live) {
        Set<Attribute> keyed = new LinkedHashSet<>();
        if (live == null) keyed.addAll(model.primaryKey());
        for (ModelDefinition.Index index : model.indexes()) {
            if (live == null || live.index(index.columns()).isEmpty()) keyed.addAll(index.attributes());
        }
        for (ForeignKeyTarget fk : graph.keys(model)) {
            if (live == null || live.foreignKey(List.of(fk.attribute().column())).isEmpty()) keyed.add(fk.attribute());
        }
        return keyed;
    }
}
