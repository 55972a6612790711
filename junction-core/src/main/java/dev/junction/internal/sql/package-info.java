/**
 * Internal: raw SQL ({@link dev.junction.SqlAccess}) — finding a statement's {@code ?} and {@code :name} markers
 * outside literals and comments, binding parameter values as model attributes are bound, and mapping result rows to
 * records, POJOs, value types and {@code Row}s by column label ({@link dev.junction.internal.sql.RawStatements}).
 */
package dev.junction.internal.sql;
