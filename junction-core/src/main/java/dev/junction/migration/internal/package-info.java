/**
 * Migrations' implementation: {@link dev.junction.migration.internal.MigrationLayout}, the file contract between the
 * generator ({@code generate}) and the migrator ({@code run}).
 */
package dev.junction.migration.internal;
