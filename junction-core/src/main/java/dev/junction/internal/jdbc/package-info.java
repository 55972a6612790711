/**
 * Internal: everything that touches JDBC — the open database ({@link dev.junction.internal.jdbc.Database}) and its
 * connection pool, running statements and reading their rows ({@link dev.junction.internal.jdbc.SqlRunner},
 * {@link dev.junction.internal.jdbc.ResultStream}), the statement log, turning driver errors into Junction's
 * exceptions, cross-process locks, and keeping passwords out of URLs, messages and logs.
 */
package dev.junction.internal.jdbc;
