package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.association.Link;
import dev.junction.internal.mapping.ValueCoercion;
import dev.junction.internal.mapping.ValueLimits;
import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.schema.Attribute;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.UUID;

/**
 * Turns what callers pass for a source or target — an instance, a {@link Row}, a {@link Link} or a bare key — into
 * the value of the key attribute an association uses, with a {@link ValidationException} naming the association
 * for an unsaved instance, a null, or a value of the wrong kind.
 */
final class Keys {
    private Keys() {
    }

    /**
     * The value of {@code keyAttribute} for {@code given}. The Row view and the role are looked up only when needed
     * (a Row given, an error), so that an accessor's key costs no registry look-up or message text.
     *
     * @param typed    the model's typed handle (instances of its class)
     * @param rowView  the model's Row view
     * @param roleText how the association refers to it, for messages ({@code "User.Favorites target"})
     */
    static Object of(ModelImpl<?> typed, java.util.function.Supplier<ModelImpl<Row>> rowView, String keyAttribute,
                     Object given, java.util.function.Supplier<String> roleText) {
        String model = typed.name();
        if (given instanceof Link link) {
            given = link.target();
        }
        if (given == null) {
            throw new ValidationException(model, keyAttribute, roleText.get() + ": a " + model + " or its "
                    + keyAttribute + " is required, got null");
        }
        ModelPlan plan = typed.plan();
        int index = plan.indexOf(keyAttribute);
        Object value;
        if (typed.type() != Row.class && typed.type().isInstance(given)) {
            value = valueOf(typed, given, index);
        } else if (given instanceof Row row) {
            value = valueOf(rowView.get(), row, index);
        } else if (isKeyLike(given)) {
            Attribute attribute = plan.attributes().get(index);
            value = ValueCoercion.coerce(model, attribute, given);
            ValueLimits.checkFilter(plan.dialect(), model, attribute, value);
        } else {
            throw new ValidationException(model, keyAttribute, roleText.get() + ": expected a " + model + " or its "
                    + keyAttribute + ", got a " + given.getClass().getSimpleName());
        }
        if (value == null) {
            throw new ValidationException(model, keyAttribute, roleText.get() + ": this " + model + " has no "
                    + keyAttribute + " — it is not saved yet (create it first)");
        }
        return value;
    }

    /**
     * The version attribute's value for {@code given} when it is an instance or a {@link Row} holding one;
     * {@code null} for a bare key or when the model has no version attribute.
     */
    static Object versionOf(ModelImpl<?> typed, ModelImpl<Row> rows, Object given) {
        int index = typed.plan().versionIndex();
        if (index < 0 || given == null) return null;
        if (typed.type() != Row.class && typed.type().isInstance(given)) return valueOf(typed, given, index);
        if (given instanceof Row row && row.containsKey(typed.plan().attributes().get(index).name())) {
            return valueOf(rows, row, index);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T> Object valueOf(ModelImpl<T> model, Object instance, int index) {
        return model.valuesOf((T) instance)[index];
    }

    private static boolean isKeyLike(Object value) {
        return value instanceof Number || value instanceof CharSequence || value instanceof UUID
                || value instanceof Temporal || value instanceof Enum<?> || value instanceof BigDecimal;
    }
}
