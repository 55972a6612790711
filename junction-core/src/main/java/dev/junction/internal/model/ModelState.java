package dev.junction.internal.model;

import dev.junction.Row;
import dev.junction.internal.mapping.InstanceMapper;

/**
 * Everything one version of a model's definition implies: the plan, the mappers for its class and for rows, and the
 * value preparation. Immutable; replaced as a whole when an association amends the model.
 *
 * @param plan   the precomputed SQL pieces and codecs
 * @param typed  maps instances of the model's class (the Row mapper for class-less models)
 * @param rows   maps Row instances
 * @param typedValues value preparation for typed instances
 * @param rowValues   value preparation for Row instances (coercing loose types)
 */
record ModelState(ModelPlan plan, InstanceMapper<?> typed, InstanceMapper<Row> rows, InstanceValues typedValues,
                  InstanceValues rowValues) {
}
