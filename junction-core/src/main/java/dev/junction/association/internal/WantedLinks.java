package dev.junction.association.internal;

import dev.junction.ValidationException;
import dev.junction.association.Link;
import dev.junction.association.internal.LinkInserts.Wanted;
import dev.junction.internal.mapping.ValueCoercion;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.internal.mapping.ValueLimits;
import dev.junction.internal.model.ModelPlan;
import dev.junction.schema.Attribute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A link write's targets as {@link Wanted} links: each target's key, and the join values given for it (a
 * {@link Link}'s own, else the call's), checked and coerced to the join model's types before anything is written.
 * Keys, this association's own scope, a surrogate key and timestamps are the association's to write: giving one is a
 * {@link ValidationException}. Stateless.
 */
final class WantedLinks {
    private final BelongsToManyImpl<?, ?> association;
    private final JoinPlan plan;
    private final ModelPlan j;

    WantedLinks(BelongsToManyImpl<?, ?> association, ModelPlan joinPlan) {
        this.association = association;
        this.plan = association.plan();
        this.j = joinPlan;
    }

    /** The targets as keys with join values; for unique links the last mention of a target wins. */
    List<Wanted> of(List<?> targets, Map<String, ?> defaults) {
        Map<String, Object> checkedDefaults = checkValues(defaults);
        List<Wanted> all = new ArrayList<>();
        for (Object target : targets) {
            Object key = association.targetValue(target, plan.targetKey());
            Map<String, Object> values = target instanceof Link link ? checkValues(link.through()) : checkedDefaults;
            all.add(new Wanted(key, values));
        }
        if (!plan.unique()) return all;
        Map<Object, Wanted> byKey = new LinkedHashMap<>();
        all.forEach(w -> byKey.put(ValueEquality.key(w.key()), w));
        return new ArrayList<>(byKey.values());
    }

    /**
     * Join values as the join model's types; keys, this association's own scope, a surrogate key and timestamps are
     * the association's to write. Another association's scope attribute is an ordinary column here.
     */
    private Map<String, Object> checkValues(Map<String, ?> values) {
        Map<String, Object> checked = new LinkedHashMap<>();
        if (values == null) return checked;
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            Attribute a = j.where("").attribute(entry.getKey());
            if (OwnerLinks.writtenByAssociation(plan, a)) {
                throw new ValidationException(j.definition().name(), a.name(), association.label() + ": "
                        + j.definition().name() + "." + a.name() + " is written by the association, not by the caller");
            }
            String model = j.definition().name();
            checked.put(a.name(), ValueLimits.forWrite(j.dialect(), model, a,
                    ValueCoercion.coerce(model, a, entry.getValue())));
        }
        return checked;
    }
}
