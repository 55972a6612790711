/**
 * Models pulled from a live database: {@link dev.junction.pull.ModelPuller} reads the tables and writes a Java
 * record per table, with its keys, types, unique keys and the associations its foreign keys make — the reverse of
 * {@code sync}. Implementation in {@code internal}.
 */
package dev.junction.pull;
