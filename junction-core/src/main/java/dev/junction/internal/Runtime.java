package dev.junction.internal;

import dev.junction.dialect.Dialect;
import dev.junction.internal.jdbc.SqlRunner;
import dev.junction.internal.model.ModelRegistry;
import dev.junction.internal.transaction.TransactionScope;

/** What model operations need from the database they belong to. */
public interface Runtime {
    Dialect dialect();

    TransactionScope scope();

    SqlRunner runner();

    /** The Galera cluster the database is, or {@link dev.junction.internal.cluster.GaleraCluster#NONE}. */
    dev.junction.internal.cluster.GaleraCluster cluster();

    /** The most bytes one statement may take (MariaDB's max_allowed_packet), read on {@code connection} if need be. */
    long maxStatementBytes(java.sql.Connection connection);

    /** Every model of this database. */
    ModelRegistry models();

    /** Every association of this database. */
    dev.junction.association.internal.AssociationRegistry associations();
}
