package dev.junction.schema.internal;

import dev.junction.DefinitionException;
import dev.junction.dialect.Dialect;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ModelSpec.IndexDeclaration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the indexes a model declares ({@code @Index} on its class, then {@code ModelSpec.index(…)}) into
 * {@link ModelDefinition.Index}es: attributes resolved, names given or defaulted as Sequelize names them, and every
 * mistake a {@link DefinitionException} naming model and index — an empty list, an unknown or repeated attribute, a
 * name used twice (or by a unique constraint), two indexes over the same attributes, an invalid or too long name.
 */
final class IndexDefinitions {
    private final String model;
    private final String table;
    private final Dialect dialect;

    /**
     * @param model   the model's name, for messages
     * @param table   the model's table, the head of default names
     * @param dialect the database's dialect, whose identifier rules names must meet
     */
    IndexDefinitions(String model, String table, Dialect dialect) {
        this.model = model;
        this.table = table;
        this.dialect = dialect;
    }

    /** The declarations made by the {@link dev.junction.annotation.Index} annotations of {@code type}, in order. */
    static List<IndexDeclaration> annotatedOn(Class<?> type) {
        return Arrays.stream(type.getAnnotationsByType(dev.junction.annotation.Index.class))
                .map(i -> new IndexDeclaration(i.name().isEmpty() ? null : i.name(), List.of(i.value()))).toList();
    }

    /** The indexes of {@code declarations} over {@code attributes}, checked against each other and the unique keys. */
    List<ModelDefinition.Index> resolve(List<IndexDeclaration> declarations, List<Attribute> attributes,
                                        List<ModelDefinition.UniqueKey> uniqueKeys) {
        Set<String> uniqueNames = new HashSet<>();
        uniqueKeys.forEach(u -> uniqueNames.add(u.name().toLowerCase(Locale.ROOT)));
        Map<String, String> names = new HashMap<>(); // lower-case name → name
        Map<List<String>, String> byColumns = new HashMap<>(); // lower-case columns → index name
        List<ModelDefinition.Index> indexes = new ArrayList<>();
        for (IndexDeclaration declaration : declarations) {
            ModelDefinition.Index index = resolve(declaration, attributes);
            String where = where(index.name());
            String key = index.name().toLowerCase(Locale.ROOT);
            if (names.putIfAbsent(key, index.name()) != null) {
                throw new DefinitionException("Model " + model + " declares index '" + index.name() + "' twice");
            }
            if (uniqueNames.contains(key)) {
                throw new DefinitionException(where + ": a unique constraint of the model has that name");
            }
            List<String> columns = index.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            String same = byColumns.putIfAbsent(columns, index.name());
            if (same != null) {
                throw new DefinitionException(where + " indexes the same attributes as index '" + same + "'");
            }
            indexes.add(index);
        }
        return indexes;
    }

    private ModelDefinition.Index resolve(IndexDeclaration declaration, List<Attribute> attributes) {
        String given = declaration.name();
        if (declaration.attributes().isEmpty()) {
            throw new DefinitionException((given == null ? "Model " + model + ", an index" : where(given))
                    + " lists no attribute; name at least one");
        }
        List<Attribute> members = new ArrayList<>();
        for (String name : declaration.attributes()) {
            Attribute attribute = attributes.stream().filter(a -> a.name().equals(name)).findFirst()
                    .orElseThrow(() -> new DefinitionException(where(given, declaration) + ": the model has no"
                            + " attribute '" + name + "' (it has " + attributes.stream().map(Attribute::name).toList()
                            + "); a foreign key an association adds later can be indexed once declared with"
                            + " attribute(name, type)"));
            if (members.contains(attribute)) {
                throw new DefinitionException(where(given, declaration) + " lists attribute '" + name + "' twice");
            }
            members.add(attribute);
        }
        String name = given != null
                ? Identifiers.check(given, dialect, where(given) + ", name")
                : Naming.indexName(table, members.stream().map(Attribute::column).toList(), dialect.identifierLimit());
        return new ModelDefinition.Index(name, members);
    }

    /** Where a message is about: the given name, else the attributes (their columns are not known yet). */
    private String where(String given, IndexDeclaration declaration) {
        return given != null ? where(given) : "Model " + model + ", index on " + declaration.attributes();
    }

    private String where(String name) {
        return "Model " + model + ", index '" + name + "'";
    }
}
