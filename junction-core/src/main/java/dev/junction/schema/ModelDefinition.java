package dev.junction.schema;

import dev.junction.internal.Arguments;
import dev.junction.lifecycle.ModelHooks;
import dev.junction.lifecycle.ModelRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model as defined: name, table, attributes, key, unique constraints and indexes. Immutable and thread-safe.
 *
 * @param name          the model's name ({@code "User"})
 * @param tableName     the table ({@code "Users"})
 * @param javaType      the class instances are made of ({@code Row} for models without a class)
 * @param attributes    every attribute, in column order
 * @param primaryKey    the key attributes, in key order
 * @param uniqueKeys    unique constraints (single-attribute ones included)
 * @param indexes       non-unique indexes, in declaration order
 * @param timestamps    whether createdAt/updatedAt are kept
 * @param underscored   whether column names (and a derived table name) are snake_case
 * @param renamedFrom   the table's earlier names ({@link ModelSpec#renamedFrom}), read by the migration generator only
 * @param rules         the model-wide validators ({@link ModelSpec#validate}); attributes hold their own
 * @param hooks         the lifecycle hooks: the class's static ones, then {@link ModelSpec#hooks}'s (none: empty)
 * @param scopes        the default and named scopes ({@link ModelSpec#defaultScope}, {@link ModelSpec#scope})
 */
public record ModelDefinition(String name, String tableName, Class<?> javaType, List<Attribute> attributes,
                              List<Attribute> primaryKey, List<UniqueKey> uniqueKeys, List<Index> indexes,
                              boolean timestamps, boolean underscored, List<String> renamedFrom,
                              List<ModelRule> rules, ModelHooks hooks, ModelScopes scopes) {

    /**
     * A unique constraint: its deterministic name and its columns' attributes.
     *
     * @param spansDeleted whether it holds among soft-deleted rows too, even where a paranoid model's other keys
     *                     leave them out: the pair of a paranoid join table, whose links are revived rather than
     *                     inserted again
     */
    public record UniqueKey(String name, List<Attribute> attributes, boolean spansDeleted) {
        public UniqueKey {
            attributes = Arguments.listOrEmpty(attributes);
        }

        /** A unique key that, on a paranoid model, holds among live rows only where the database can. */
        public UniqueKey(String name, List<Attribute> attributes) {
            this(name, attributes, false);
        }

        /** The constrained column names. */
        public List<String> columns() {
            return attributes.stream().map(Attribute::column).toList();
        }
    }

    /** A non-unique index: its name (given, or Sequelize's default) and its attributes, in index order. */
    public record Index(String name, List<Attribute> attributes) {
        public Index {
            attributes = Arguments.listOrEmpty(attributes);
        }

        /** The indexed column names, in index order. */
        public List<String> columns() {
            return attributes.stream().map(Attribute::column).toList();
        }
    }

    public ModelDefinition {
        attributes = Arguments.listOrEmpty(attributes);
        primaryKey = Arguments.listOrEmpty(primaryKey);
        uniqueKeys = Arguments.listOrEmpty(uniqueKeys);
        indexes = Arguments.listOrEmpty(indexes);
        renamedFrom = Arguments.listOrEmpty(renamedFrom);
        rules = Arguments.listOrEmpty(rules);
        hooks = hooks == null ? ModelHooks.none() : hooks;
        if (scopes == null) scopes = ModelScopes.none();
    }

    /** The attribute called {@code name}, if any. */
    public Optional<Attribute> attribute(String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Attributes by name, in column order. */
    public Map<String, Attribute> attributesByName() {
        Map<String, Attribute> map = new LinkedHashMap<>();
        attributes.forEach(a -> map.put(a.name(), a));
        return map;
    }

    /** The auto-increment key attribute, if the key is a single generated column. */
    public Optional<Attribute> generatedKey() {
        return primaryKey.size() == 1 && primaryKey.get(0).autoIncrement()
                ? Optional.of(primaryKey.get(0)) : Optional.empty();
    }

    /** The attribute with the given role, if any. */
    public Optional<Attribute> attributeWithRole(Attribute.Role role) {
        return attributes.stream().filter(a -> a.role() == role).findFirst();
    }

    /** Whether rows are soft-deleted ({@code deletedAt}). */
    public boolean paranoid() {
        return attributeWithRole(Attribute.Role.DELETED_AT).isPresent();
    }

    /** Attributes that hold foreign keys. */
    public List<Attribute> references() {
        return attributes.stream().filter(a -> a.reference() != null).toList();
    }
}
