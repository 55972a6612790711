/**
 * Internal: a model at run time — its registry, recipe and current state
 * ({@link dev.junction.internal.model.ModelRegistry}, {@link dev.junction.internal.model.ModelSlot}), what is worked
 * out once per definition ({@link dev.junction.internal.model.ModelPlan}), and its operations
 * ({@link dev.junction.internal.model.ModelImpl}): preparing an instance's values and timestamps, and shared SQL.
 */
package dev.junction.internal.model;
