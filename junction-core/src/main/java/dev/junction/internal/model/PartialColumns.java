package dev.junction.internal.model;

import dev.junction.ValidationException;
import dev.junction.schema.Attribute;

/** Which columns a partial {@code update(instance, attributes...)} writes, checked before anything is written. */
final class PartialColumns {
    private PartialColumns() {
    }

    /**
     * The columns named by {@code attributes}, as a mask in column order. None named, a null name, an unknown
     * attribute, a key, a timestamp the database keeps ({@code createdAt}, {@code deletedAt}) or the version is a
     * {@link ValidationException} naming the model and attribute.
     */
    static boolean[] of(ModelPlan plan, String[] attributes) {
        String model = plan.definition.name();
        if (attributes == null || attributes.length == 0) {
            throw new ValidationException(model, null, model + ".update(instance, attributes) needs at least one"
                    + " attribute to write");
        }
        boolean[] only = new boolean[plan.attributes.size()];
        for (String name : attributes) {
            int i = indexOf(plan, name);
            if (i < 0) {
                throw new ValidationException(model, name, model + " has no attribute " + name + " to update");
            }
            Attribute a = plan.attributes.get(i);
            if (a.primaryKey() || i == plan.createdAtIndex || i == plan.deletedAtIndex || i == plan.versionIndex) {
                throw new ValidationException(model, name, model + "." + name + " cannot be written by update");
            }
            only[i] = true;
        }
        return only;
    }

    private static int indexOf(ModelPlan plan, String name) {
        if (name == null) return -1;
        for (int i = 0; i < plan.attributes.size(); i++) {
            if (plan.attributes.get(i).name().equals(name)) return i;
        }
        return -1;
    }
}
