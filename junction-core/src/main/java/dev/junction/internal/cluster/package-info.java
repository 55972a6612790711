/**
 * Internal: what Junction does differently on a multi-primary MariaDB Galera cluster, detected once when it opens
 * ({@code @@wsrep_on = 1}): causal reads on every connection, the owner lock of an association's {@code set} as a
 * write the cluster certifies ({@link dev.junction.internal.cluster.OwnerLockTable}), and the cluster's commit-time
 * failures read as conflicts ({@link dev.junction.internal.cluster.GaleraCluster}).
 */
package dev.junction.internal.cluster;
