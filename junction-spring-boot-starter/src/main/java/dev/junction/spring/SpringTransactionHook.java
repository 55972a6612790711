package dev.junction.spring;

import dev.junction.spi.TransactionHook;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * Junction's {@link TransactionHook} for Spring: inside a Spring transaction ({@code @Transactional},
 * {@code TransactionTemplate}) of a {@code DataSourceTransactionManager} or a {@code JpaTransactionManager} on its
 * {@code DataSource}, Junction runs on the transaction's connection, as {@code JdbcTemplate} does, through
 * {@link DataSourceUtils}. A Junction transaction that fails inside marks the transaction rollback-only where its
 * manager looks before it commits: on the connection holder, and, for JPA, on the {@code EntityTransaction}.
 * Thread-safe.
 */
final class SpringTransactionHook implements TransactionHook {
    private static final boolean JPA = ClassUtils.isPresent("org.springframework.orm.jpa.EntityManagerHolder",
            SpringTransactionHook.class.getClassLoader())
            && ClassUtils.isPresent("jakarta.persistence.EntityManager", SpringTransactionHook.class.getClassLoader());

    private final DataSource dataSource;

    SpringTransactionHook(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Whether a Spring transaction holds a connection of this {@code DataSource}, as {@link DataSourceUtils} judges
     * it for {@code JdbcTemplate}: {@code DataSourceTransactionManager} binds a holder marked synchronized with the
     * transaction, {@code JpaTransactionManager} one holding the {@code EntityManager}'s connection, unmarked. A
     * transaction of another database's manager is not Junction's to join; Junction then runs in transactions of its
     * own.
     */
    @Override
    public boolean isTransactionActive() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder
                && (holder.getConnectionHandle() != null || holder.isSynchronizedWithTransaction());
    }

    @Override
    public Connection transactionConnection() {
        // Bound to the transaction until it ends: the reference count is given back at once, as JdbcTemplate does
        // after each statement; the connection stays the transaction's.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        DataSourceUtils.releaseConnection(connection, dataSource);
        return connection;
    }

    /**
     * Marks the connection holder, which {@code DataSourceTransactionManager} reads before it commits, and under
     * {@code JpaTransactionManager} the {@code EntityTransaction} too, which is what it reads. Not
     * {@code TransactionAspectSupport.currentTransactionStatus()}: that is the innermost {@code @Transactional}
     * method's, which may not be the transaction Junction ran in (a {@code TransactionTemplate} inside it).
     */
    @Override
    public void setRollbackOnly() {
        if (TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder) {
            holder.setRollbackOnly();
        }
        if (JPA) JpaRollback.mark(dataSource);
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
