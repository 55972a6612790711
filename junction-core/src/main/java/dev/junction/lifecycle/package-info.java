/**
 * What happens to an instance around its writes: validators declared with
 * {@link dev.junction.schema.AttributeSpec} ({@code isEmail()}, {@code len(1, 40)} …) and
 * {@link dev.junction.schema.ModelSpec#validate}; and around its reads: the scopes declared with
 * {@link dev.junction.schema.ModelSpec#defaultScope} and {@link dev.junction.schema.ModelSpec#scope}. Rules are
 * immutable and thread-safe.
 */
package dev.junction.lifecycle;
