/**
 * Internal: the serializers {@link dev.junction.jackson.JunctionModule} registers, and how an instance's own
 * properties are written inside the object that also holds its includes.
 */
package dev.junction.jackson.internal;
