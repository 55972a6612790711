package dev.junction.testing;

/**
 * The statements Junction adds on a Galera cluster for its own bookkeeping: the write to {@code junction_owner_locks}
 * that locks a {@code set}'s owner across nodes, and the creation of that table on first use. Tests that count the
 * statements an operation sends leave these out, so that they count the same on one server and on a cluster.
 */
public final class ClusterStatements {
    private ClusterStatements() {
    }

    /**
     * The live schema's tables without Junction's owner lock table, which Junction creates when it opens on a
     * Galera cluster: tests that list what a database holds see the same on one server and on a cluster.
     */
    public static java.util.List<dev.junction.schema.DatabaseSchema.Table> withoutBookkeeping(
            java.util.List<dev.junction.schema.DatabaseSchema.Table> tables) {
        return tables.stream().filter(t -> !bookkeeping(t.name())).toList();
    }

    /** Whether {@code sql} (or a table name) is one of them. */
    public static boolean bookkeeping(String sql) {
        return sql.contains("junction_owner_locks");
    }
}
