package dev.junction.scaleout;

import static dev.junction.scaleout.Library.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.ConnectionException;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.TransactionOptions;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.TestTarget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/** A replica's connection that breaks retires the replica's connections, never the primary's. */
class ReplicaConnectionLostTest {
    /** {@code pool}'s connections, whose statements fail as a lost connection's while {@code broken} is set. */
    private static DataSource breakable(DataSource pool, AtomicBoolean broken) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("isWrapperFor")) return false; // not to be unwrapped past this
                    Object result = invoke(pool, method, args);
                    if (!(result instanceof Connection connection)) return result;
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (broken.get() && m.getName().startsWith("prepare")) {
                                    throw new SQLNonTransientConnectionException("Connection reset", "08006");
                                }
                                return invoke(connection, m, a);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The physical connection behind the primary pool's next connection. */
    private static Connection primaryConnection(Junction db) {
        return db.withConnection(c -> c.unwrap(Connection.class));
    }

    @DialectTest
    void aBrokenReplicaConnectionLeavesThePrimaryPoolsConnectionsAlone(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica")) {
            JunctionConfig straight = replica.config().build();
            HikariConfig hikari = new HikariConfig();
            hikari.setJdbcUrl(straight.url());
            hikari.setUsername(straight.user());
            hikari.setPassword(straight.password());
            if (straight.url().startsWith("jdbc:sqlite:")) hikari.setReadOnly(true); // as opened: see EmulatedReplica
            AtomicBoolean broken = new AtomicBoolean();
            try (HikariDataSource replicaPool = new HikariDataSource(hikari);
                 Junction db = target.open(b -> b.maxPoolSize(1)
                         .replicaDataSources(breakable(replicaPool, broken)))) {
                Library library = Library.filled(db, "primary", 1);
                assertThat(texts(library.notes.findAll())).containsExactly("replica-1", "replica-2");
                Connection before = primaryConnection(db);

                broken.set(true);
                assertThat(texts(library.notes.findAll())).containsExactly("primary-1"); // read again elsewhere
                assertThat(primaryConnection(db)).isSameAs(before);

                TransactionOptions readOnly = TransactionOptions.builder().readOnly(true).build();
                assertThatThrownBy(() -> db.transaction(readOnly, tx -> library.notes.findAll()))
                        .isInstanceOf(ConnectionException.class); // a read-only transaction on the replica
                assertThat(primaryConnection(db)).isSameAs(before);
            }
        }
    }
}
