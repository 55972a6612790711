package dev.junction.association.internal;

import java.util.List;
import java.util.Map;

/**
 * How one side of a many-to-many reads and writes its links, once all sides are paired.
 *
 * @param through   the join model's name
 * @param foreignKey the join attribute holding the source's key
 * @param otherKey  the join attribute holding the target's key
 * @param scope     attribute values every link of this side has
 * @param unique    whether a pair may be linked once only
 * @param identity  the attributes that tell links apart (keys, then scope)
 * @param sourceKey the source attribute the foreign key holds
 * @param targetKey the target attribute the other key holds (the partner's sourceKey when not given)
 */
record JoinPlan(String through, String foreignKey, String otherKey, Map<String, Object> scope, boolean unique,
                List<String> identity, String sourceKey, String targetKey) {

    /**
     * Whether this side writes {@code attribute} itself — a key or its own scope — so a caller may not. Another
     * side's scope attribute is an ordinary column to this side.
     */
    boolean writes(String attribute) {
        return attribute.equals(foreignKey) || attribute.equals(otherKey) || scope.containsKey(attribute);
    }
}
