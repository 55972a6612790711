/**
 * Internal: which connection an operation runs on and in which transaction
 * ({@link dev.junction.internal.transaction.TransactionScope}) — explicit, managed and nested transactions,
 * savepoints and suspended ones ({@code Savepoints}), their isolation level and read-only flag
 * ({@code TransactionSettings}), retries on conflicts — and the transaction object handed to callers.
 */
package dev.junction.internal.transaction;
