/**
 * The migrator's machinery: reading a database's migrations folder (Junction or Flyway file names), splitting files
 * into statements, the {@code JunctionMeta} ledger with its checksums and {@code SequelizeMeta}'s entries, and running
 * and undoing migrations in one transaction or, where DDL commits, statement by statement with a resumable record.
 */
package dev.junction.migration.internal.run;
