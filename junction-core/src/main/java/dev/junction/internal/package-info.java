/**
 * Internal, not API: the runtime behind a {@code Junction}. This package holds only its wiring
 * ({@link dev.junction.internal.Runtime}, {@link dev.junction.internal.RuntimeAccess}) and shared argument checks;
 * the work lives in subpackages by responsibility: {@code model/} (models at run time), {@code write/} (inserts,
 * updates, upserts), {@code jdbc/} (connections, statements, results, errors), {@code transaction/} and
 * {@code mapping/} (instances to column values and back).
 */
package dev.junction.internal;
