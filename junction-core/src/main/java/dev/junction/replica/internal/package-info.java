/**
 * Internal, not API: read replicas. {@link dev.junction.replica.internal.ReplicaPools} opens their pools,
 * {@link dev.junction.replica.internal.Replica} is one of them (and whether it is down), and
 * {@link dev.junction.replica.internal.ReadRouter} decides, for the reads the transaction scope offers it, which
 * replica serves them or whether they stay on the primary. The public face is in {@code dev.junction}:
 * {@code JunctionConfig.Builder.replicas}, {@code ReplicaSettings}, {@code PrimaryReads}, {@code ReadOnlyException}.
 */
package dev.junction.replica.internal;
