package dev.junction.spring;

import dev.junction.spi.TransactionHook;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
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

    @Override
    public boolean isTransactionActive() {
        return TransactionSynchronizationManager.isActualTransactionActive();
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

    @Override
    public String toString() {
        return "SpringTransactionHook[" + dataSource + "]";
    }
}
