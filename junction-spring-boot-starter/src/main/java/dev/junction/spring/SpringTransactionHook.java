package dev.junction.spring;

import dev.junction.spi.TransactionHook;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Junction's {@link TransactionHook} for Spring: inside a Spring transaction ({@code @Transactional},
 * {@code TransactionTemplate}), Junction runs on the transaction's connection, as {@code JdbcTemplate} does, through
 * {@link DataSourceUtils}. A Junction transaction that fails inside marks Spring's rollback-only on the
 * connection holder, which the transaction manager checks before it commits. Thread-safe.
 */
final class SpringTransactionHook implements TransactionHook {
    private final DataSource dataSource;

    SpringTransactionHook(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Whether a Spring transaction holds a connection of this {@code DataSource}: one of a
     * {@code DataSourceTransactionManager} (or {@code JpaTransactionManager}) on it. A transaction of another
     * database's manager is not Junction's to join; Junction then runs in transactions of its own.
     */
    @Override
    public boolean isTransactionActive() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder
                && holder.isSynchronizedWithTransaction();
    }

    @Override
    public Connection transactionConnection() {
        // Bound to the transaction until it ends: the reference count is given back at once, as JdbcTemplate does
        // after each statement; the connection stays the transaction's.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        DataSourceUtils.releaseConnection(connection, dataSource);
        return connection;
    }

    @Override
    public void setRollbackOnly() {
        if (TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder) {
            holder.setRollbackOnly();
        }
    }

    /** Runs {@code callback} from a {@link TransactionSynchronization} once Spring's transaction has completed. */
    @Override
    public boolean afterCompletion(Runnable callback) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) return false;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                callback.run();
            }
        });
        return true;
    }

    @Override
    public String toString() {
        return "SpringTransactionHook[" + dataSource + "]";
    }
}
