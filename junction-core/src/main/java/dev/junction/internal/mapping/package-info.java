/**
 * Internal: converting between a model's instances (records, POJOs, {@code Row}s) and its attribute values in
 * column order ({@link dev.junction.internal.mapping.InstanceMapper}), with value coercion and limits.
 */
package dev.junction.internal.mapping;
