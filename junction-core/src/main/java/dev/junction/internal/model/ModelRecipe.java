package dev.junction.internal.model;

import dev.junction.dialect.Dialect;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ModelSpec;
import dev.junction.schema.internal.JavaProperty;
import dev.junction.schema.internal.ModelDefinitionBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to build a model's definition: its class (or none), and the spec customisers — the one given to
 * {@code define}, then those associations contribute (foreign keys, join identities). Rebuilding from the recipe
 * is how an association amends a model without ever mutating a definition. Immutable.
 *
 * @param name        the model's name before customisers run
 * @param javaType    the instance class ({@code Row} for class-less models)
 * @param classBacked whether instances are of a user class
 * @param properties  the class's properties
 * @param parts       the customisers by key, applied in the order the keys were first added
 */
record ModelRecipe(String name, Class<?> javaType, boolean classBacked, List<JavaProperty> properties,
                   Map<String, Consumer<ModelSpec>> parts) {

    ModelRecipe {
        properties = List.copyOf(properties);
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** This recipe with the customiser under {@code key} added, or replaced if the key is there. */
    ModelRecipe with(String key, Consumer<ModelSpec> part) {
        Map<String, Consumer<ModelSpec>> all = new LinkedHashMap<>(parts);
        all.put(key, part);
        return new ModelRecipe(name, javaType, classBacked, properties, all);
    }

    /** Builds the definition with the database-wide defaults. */
    ModelDefinition build(boolean timestamps, boolean underscored, Dialect dialect) {
        ModelSpec spec = new ModelSpec(name);
        parts.values().forEach(part -> part.accept(spec));
        return new ModelDefinitionBuilder(spec, javaType, properties, classBacked, timestamps, underscored,
                dialect).build();
    }
}
