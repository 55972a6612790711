package dev.junction.schema;

import dev.junction.internal.Arguments;

/**
 * A foreign key held by an attribute: the model (by name) and attribute it points at, and what happens on delete and
 * update of the referenced row. Immutable.
 *
 * @param model      name of the referenced model
 * @param attribute  referenced attribute, normally the primary key
 * @param onDelete   action when the referenced row is deleted
 * @param onUpdate   action when the referenced key changes
 * @param constraint whether a FOREIGN KEY constraint is created ({@code false}: the column only)
 */
public record Reference(String model, String attribute, ReferentialAction onDelete, ReferentialAction onUpdate,
                        boolean constraint) {
    public Reference {
        Arguments.declared(model, "Reference", "model");
        Arguments.declared(attribute, "Reference", "attribute");
        Arguments.declared(onDelete, "Reference", "onDelete");
        Arguments.declared(onUpdate, "Reference", "onUpdate");
    }
}
