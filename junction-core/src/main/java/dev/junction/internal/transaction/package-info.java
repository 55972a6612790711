/**
 * Internal: which connection an operation runs on and in which transaction
 * ({@link dev.junction.internal.transaction.TransactionScope}) — explicit, managed and nested transactions,
 * retries on conflicts — and the transaction object handed to callers.
 */
package dev.junction.internal.transaction;
