package dev.junction.internal;

import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ModelSpec;
import dev.junction.schema.internal.JavaProperty;
import dev.junction.schema.internal.ModelDefinitionBuilder;
import java.util.ArrayList;
import java.util.List;
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
 * @param parts       the customisers, applied in order
 */
record ModelRecipe(String name, Class<?> javaType, boolean classBacked, List<JavaProperty> properties,
                   List<Consumer<ModelSpec>> parts) {

    ModelRecipe {
        properties = List.copyOf(properties);
        parts = List.copyOf(parts);
    }

    /** This recipe with one more customiser. */
    ModelRecipe with(Consumer<ModelSpec> part) {
        List<Consumer<ModelSpec>> all = new ArrayList<>(parts);
        all.add(part);
        return new ModelRecipe(name, javaType, classBacked, properties, all);
    }

    /** Builds the definition with the database-wide defaults. */
    ModelDefinition build(boolean timestamps, boolean underscored, int identifierLimit) {
        ModelSpec spec = new ModelSpec(name);
        parts.forEach(part -> part.accept(spec));
        return new ModelDefinitionBuilder(spec, javaType, properties, classBacked, timestamps, underscored,
                identifierLimit).build();
    }
}
