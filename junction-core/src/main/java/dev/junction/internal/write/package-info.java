/**
 * Internal: rendering and running a model's writes — inserts in as few statements as the database allows
 * ({@link dev.junction.internal.write.RowInserter}), updates and deletes, {@code bulkCreate}'s upserts and their
 * conflict targets, and the row locks some databases need before writing a foreign key.
 */
package dev.junction.internal.write;
