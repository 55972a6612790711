package dev.junction.association.internal;

import dev.junction.ValidationException;
import dev.junction.association.Association;
import dev.junction.internal.model.ModelImpl;
import dev.junction.query.Include;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Replaces each {@link Include#all} of an include tree with one include per association it stands for, before the
 * tree is checked and loaded — so {@code Include.all()} loads exactly as the includes written out would, one query
 * per level. The rules are Sequelize v6's ({@code _expandIncludeAll}): an association included explicitly at the
 * same level is loaded as that include says; a nested expansion does not follow an association back to a model it
 * has loaded above (so a cycle stops, and a self-association is followed once).
 */
final class IncludeExpansion {
    private IncludeExpansion() {
    }

    /** {@code includes} beneath {@code model}, with every {@code Include.all()} in the tree written out. */
    @SuppressWarnings("unchecked")
    static List<Include<?, ?>> expand(ModelImpl<?> model, List<? extends Include<?, ?>> includes) {
        if (!containsAll(includes)) return (List<Include<?, ?>>) includes;
        List<Include<?, ?>> level = new ArrayList<>();
        Set<Association<?, ?>> present = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Include<?, ?> include : includes) {
            if (include == null) throw new ValidationException(null, null, "includes must not contain null");
            if (include.isAll()) continue;
            present.add(include.association());
            level.add(include.withIncludes(expand(IncludeCheck.owned(model, include.association()).target,
                    include.children())));
        }
        for (Include<?, ?> include : includes) {
            if (include.isAll()) addAll(model, include, List.of(), present, level);
        }
        return level;
    }

    /** Whether {@code Include.all()} is anywhere in the tree (the common case, none, leaves the tree as it is). */
    private static boolean containsAll(List<? extends Include<?, ?>> includes) {
        for (Include<?, ?> include : includes) {
            if (include == null) throw new ValidationException(null, null, "includes must not contain null");
            if (include.isAll() || containsAll(include.children())) return true;
        }
        return false;
    }

    /**
     * Adds to {@code level} an include for each association of {@code model} that {@code all} stands for and that
     * is not {@code present} yet; when nested, with the associations of its target beneath.
     *
     * @param above the models loaded above {@code model} by this expansion
     */
    private static void addAll(ModelImpl<?> model, Include<?, ?> all, List<String> above,
                               Set<Association<?, ?>> present, List<Include<?, ?>> level) {
        List<String> path = new ArrayList<>(above);
        path.add(model.name());
        for (Association<?, ?> association : model.associations()) {
            if (!all.allKinds().contains(association.kind()) || present.contains(association)) continue;
            ModelImpl<?> target = ((AssociationBase<?, ?>) association).target;
            if (all.isNested() && above.contains(target.name())) continue;
            present.add(association);
            List<Include<?, ?>> children = new ArrayList<>();
            if (all.isNested()) {
                addAll(target, all, path, Collections.newSetFromMap(new IdentityHashMap<>()), children);
            }
            Include<?, ?> each = Include.include(association).required(all.isRequired()).withIncludes(children);
            level.add(all.isWithDeleted() ? each.withDeleted() : each);
        }
    }
}
