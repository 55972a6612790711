package dev.junction.association.internal;

import dev.junction.ValidationException;
import dev.junction.association.Association;
import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.Include;
import dev.junction.query.Order;
import dev.junction.query.internal.Sql;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Checks a whole include tree against the models before any statement runs: each association belongs to the model
 * it is included from and appears once among its siblings, and every attribute an include names (filters, order,
 * join attributes) exists. A bad branch deep in the tree would otherwise surface only after the levels above it
 * were read — or, as a required include of another model, render an {@code EXISTS} against the wrong table and
 * silently select the wrong parents.
 */
final class IncludeCheck {
    private IncludeCheck() {
    }

    /** Throws a {@link ValidationException} naming the first bad include beneath {@code model}. */
    static void check(ModelImpl<?> model, List<? extends Include<?, ?>> includes) {
        Set<Association<?, ?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Include<?, ?> include : includes) {
            AssociationBase<?, ?> association = owned(model, include.association());
            if (!seen.add(association)) {
                // Both would fill the same list of each parent, mixing what their filters select.
                throw new ValidationException(model.name(), association.as(), "include(" + association.label()
                        + ") appears twice beneath " + model.name() + ": make it one include (its where can say"
                        + " or(…) of both filters)");
            }
            checkFilters(association, include);
            if (include.isCountOnly()) checkCountOnly(association, include);
            check(association.target, include.children());
        }
    }

    /** {@code association} as an association of {@code model}, or a {@link ValidationException}. */
    static AssociationBase<?, ?> owned(ModelImpl<?> model, Association<?, ?> association) {
        if (!(association instanceof AssociationBase<?, ?> base)) {
            throw new IllegalArgumentException("Not a Junction association: " + association);
        }
        if (!base.source.name().equals(model.name())) {
            throw new ValidationException(model.name(), association.as(), "include(" + association.as() + ") is "
                    + base.label() + ", an association of " + base.source.name() + ", not of " + model.name()
                    + ": include it from " + base.source.name() + " (or beneath an include that loads "
                    + base.source.name() + "s)");
        }
        return base;
    }

    /** A count-only include counts the targets of a to-many association, and loads nothing to go beneath. */
    private static void checkCountOnly(AssociationBase<?, ?> association, Include<?, ?> include) {
        String label = "include(" + association.label() + ").countOnly()";
        if (!(association instanceof BelongsToManyImpl<?, ?>) && !(association instanceof HasManyImpl<?, ?>)) {
            throw new ValidationException(association.source.name(), association.as(), label + ": only a hasMany or"
                    + " belongsToMany has targets to count; " + association.label() + " is a " + association.kind()
                    + " (include it to read its one target)");
        }
        if (!include.children().isEmpty() || !include.order().isEmpty()) {
            throw new ValidationException(association.source.name(), association.as(), label + " loads no targets,"
                    + " so nothing can be included beneath it or ordered; include those from a full include");
        }
    }

    private static void checkFilters(AssociationBase<?, ?> association, Include<?, ?> include) {
        ModelPlan target = association.target.plan();
        if (include.where() != null) target.where("t.").render(new Sql(), include.where());
        for (Order order : include.order()) target.where("").attribute(order.attribute());
        boolean joinRows = association instanceof BelongsToManyImpl<?, ?>;
        if (!joinRows && (include.throughWhere() != null || include.throughAttributeNames() != null)) {
            throw new ValidationException(association.source.name(), association.as(), "include(" + association
                    .label() + "): through(…) and throughAttributes(…) need join rows, which only a belongsToMany"
                    + " has; " + association.label() + " is a " + association.kind());
        }
        if (!joinRows) return;
        ModelPlan join = ((BelongsToManyImpl<?, ?>) association).join().plan();
        if (include.throughWhere() != null) join.where("j.").render(new Sql(), include.throughWhere());
        if (include.throughAttributeNames() != null) {
            include.throughAttributeNames().forEach(name -> join.where("").attribute(name));
        }
    }
}
