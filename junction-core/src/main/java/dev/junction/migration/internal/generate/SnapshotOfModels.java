package dev.junction.migration.internal.generate;

import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.internal.ForeignKeyGraph;
import dev.junction.schema.internal.ForeignKeyTarget;
import dev.junction.schema.internal.Identifiers;
import dev.junction.schema.internal.Naming;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Describes the models as a {@link SchemaSnapshot}: every table {@code sync()} would create (join tables of
 * {@code belongsToMany} included), in the same creation order, with the same constraint names.
 */
public final class SnapshotOfModels {
    private SnapshotOfModels() {
    }

    /** The snapshot of the models {@code graph} was built from. */
    public static SchemaSnapshot of(ForeignKeyGraph graph) {
        List<SnapshotTable> tables = new ArrayList<>();
        for (ModelDefinition model : graph.creationOrder()) {
            tables.add(table(model, graph.keys(model), graph));
        }
        return new SchemaSnapshot(tables);
    }

    private static SnapshotTable table(ModelDefinition model, List<ForeignKeyTarget> keys, ForeignKeyGraph graph) {
        List<SnapshotColumn> columns = model.attributes().stream().map(SnapshotOfModels::column).toList();
        List<SnapshotUnique> uniques = model.uniqueKeys().stream()
                .map(u -> new SnapshotUnique(u.name(), u.columns(),
                        u.spansDeleted() || graph.referenced(model, u) ? null : liveColumn(model))).toList();
        List<SnapshotForeignKey> foreignKeys = keys.stream().map(fk -> new SnapshotForeignKey(fk.name(),
                fk.attribute().column(), fk.target().tableName(), fk.targetKey().column(),
                fk.attribute().reference().onDelete(), fk.attribute().reference().onUpdate())).toList();
        List<SnapshotIndex> indexes = model.indexes().stream()
                .map(i -> new SnapshotIndex(fullIndexName(model.tableName(), i), i.columns())).toList();
        return new SnapshotTable(model.name(), model.tableName(), columns,
                model.primaryKey().stream().map(Attribute::column).toList(), uniques, foreignKeys, indexes);
    }

    /**
     * The index's name in full: a defaulted name the model's dialect shortened comes back whole, so each dialect's
     * files shorten it to their own limit, as that dialect's {@code sync()} does; a given name stays as given.
     */
    private static String fullIndexName(String table, ModelDefinition.Index index) {
        String full = Naming.indexName(table, index.columns(), Integer.MAX_VALUE);
        String name = index.name();
        if (name.equals(full)) return full;
        int length = Identifiers.length(name);
        for (int limit = length; limit <= length + 3; limit++) { // a head cut before a character of up to 4 bytes
            if (name.equals(Naming.fit(full, limit))) return full;
        }
        return name;
    }

    /**
     * A paranoid model's soft-delete column, which its unique keys leave out where they can (not a join table's pair
     * nor a key a foreign key references, which stay full as in {@code sync()}); else null.
     */
    private static String liveColumn(ModelDefinition model) {
        return model.attributeWithRole(Attribute.Role.DELETED_AT).map(Attribute::column).orElse(null);
    }

    private static SnapshotColumn column(Attribute a) {
        var type = a.type();
        return new SnapshotColumn(a.name(), a.column(), type.kind(), type.length(), type.precision(), type.scale(),
                type.enumNames(), a.allowNull(), a.primaryKey(), a.autoIncrement(), constantDefault(a.defaultValue()));
    }

    /** The default as the snapshot keeps it; {@code null} for one the DDL cannot hold (it is not in the table). */
    static Object constantDefault(Object value) {
        if (value == null) return null;
        if (value instanceof Enum<?> e) return new SnapshotColumn.EnumDefault(e.name());
        if (value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof BigDecimal
                || value instanceof String || value instanceof Boolean || value instanceof LocalDate
                || value instanceof UUID) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) return ((Number) value).intValue();
        if (value instanceof Number n) return new BigDecimal(n.toString());
        return null;
    }
}
