/**
 * The migration generator's machinery: the schema snapshot ({@code schema.yaml}) and its reading and writing, the
 * snapshot of the models, the diff between two snapshots with declared renames, and the rendering of the changes as
 * up and down SQL per database (in place, or by SQLite's table rebuild).
 */
package dev.junction.migration.internal.generate;
