/**
 * Schema migrations: generated from the models against a snapshot kept beside them, run and undone in order,
 * recorded with checksums; readable by Flyway. See the README's "Migrations" section.
 */
package dev.junction.migration;
