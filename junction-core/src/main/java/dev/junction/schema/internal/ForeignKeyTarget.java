package dev.junction.schema.internal;

import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;

/**
 * A resolved foreign key: the attribute holding it, and the table and attribute it points at.
 *
 * @param owner      the model holding the key
 * @param attribute  the referencing attribute
 * @param target     the referenced model
 * @param targetKey  the referenced attribute
 * @param name       the constraint's deterministic name
 */
public record ForeignKeyTarget(ModelDefinition owner, Attribute attribute, ModelDefinition target, Attribute targetKey,
                               String name) {
}
