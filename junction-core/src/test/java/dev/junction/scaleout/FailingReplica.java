package dev.junction.scaleout;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.JunctionConfig;
import dev.junction.testing.EmulatedReplica;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * An emulated replica's pool behind a {@code DataSource} whose connections fail each statement they prepare with
 * {@link #failure} while it is set — a lost connection, a standby's conflict with recovery — for
 * {@code replicaDataSources}. Close it.
 */
final class FailingReplica implements AutoCloseable {
    /** What preparing a statement throws now; {@code null}: nothing, the replica works. */
    final AtomicReference<SQLException> failure = new AtomicReference<>();
    private final HikariDataSource pool;
    /** The {@code DataSource} to give {@code replicaDataSources}. */
    final DataSource dataSource;

    FailingReplica(EmulatedReplica replica) {
        JunctionConfig straight = replica.config().build();
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(straight.url());
        hikari.setUsername(straight.user());
        hikari.setPassword(straight.password());
        if (straight.url().startsWith("jdbc:sqlite:")) hikari.setReadOnly(true); // as opened: see EmulatedReplica
        pool = new HikariDataSource(hikari);
        dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("isWrapperFor")) return false; // not to be unwrapped past this
                    Object result = invoke(pool, method, args);
                    return result instanceof Connection connection ? failing(connection) : result;
                });
    }

    private Connection failing(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    SQLException now = failure.get();
                    if (now != null && method.getName().startsWith("prepare")) {
                        throw new SQLException(now.getMessage(), now.getSQLState(), now.getErrorCode());
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
