/**
 * How {@code db:pull} reads a schema: {@code ModelShaper} (a table's record), {@code ColumnTypes} (a column's type),
 * {@code AssociationPlanner} (foreign keys → associations), {@code RecordSource} (the Java text), run in order by
 * {@code SchemaPull}. Not API.
 */
package dev.junction.pull.internal;
