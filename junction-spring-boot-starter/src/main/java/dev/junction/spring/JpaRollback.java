package dev.junction.spring;

import jakarta.persistence.EntityTransaction;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks rollback-only the {@code JpaTransactionManager} transaction on a {@code DataSource}: that manager decides
 * from its {@code EntityTransaction}, not from the connection holder {@code DataSourceTransactionManager} reads.
 * Loaded only when JPA is on the class path. Stateless; thread-safe.
 */
final class JpaRollback {
    private JpaRollback() {
    }

    /** Marks the active transactions of the entity managers on {@code dataSource} bound to the calling thread. */
    static void mark(DataSource dataSource) {
        for (Map.Entry<Object, Object> resource : TransactionSynchronizationManager.getResourceMap().entrySet()) {
            if (resource.getKey() instanceof EntityManagerFactoryInfo factory && factory.getDataSource() == dataSource
                    && resource.getValue() instanceof EntityManagerHolder holder) {
                holder.setRollbackOnly();
                EntityTransaction transaction = holder.getEntityManager().getTransaction();
                if (transaction.isActive()) transaction.setRollbackOnly();
            }
        }
    }
}
