package dev.junction.replica.internal;

import com.zaxxer.hikari.HikariDataSource;
import dev.junction.JunctionConfig;
import dev.junction.ReplicaSettings;
import dev.junction.ValidationException;
import dev.junction.dialect.Dialect;
import dev.junction.internal.jdbc.BorrowedConnectionSetup;
import dev.junction.internal.jdbc.ConnectionPool;
import dev.junction.internal.jdbc.DialectForUrl;
import dev.junction.internal.jdbc.HikariPools;
import dev.junction.internal.jdbc.PasswordMask;
import dev.junction.internal.jdbc.UrlCredentials;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Opens the read replicas a configuration names: a HikariCP pool for each URL — with the primary's settings, and its
 * user and password unless the URL carries its own — that opens without connecting, so a replica that is down does
 * not fail {@code Junction.open}; and the application's pools as they are. Stateless.
 */
public final class ReplicaPools {
    private ReplicaPools() {
    }

    /**
     * The router over {@code config}'s replicas, or {@code null} when it names none (every read then stays on the
     * primary, at the cost of one null check).
     *
     * @param dialect     the primary's dialect, which every replica URL must share
     * @param primaryPool the primary pool's name, which the replicas' names extend
     * @param user        the primary's user, for replica URLs that name none ({@code null}: none)
     * @param password    the primary's password, likewise
     */
    public static ReadRouter open(JunctionConfig config, Dialect dialect, String primaryPool, String user,
                                  String password) {
        ReplicaSettings settings = config.replicas();
        if (!settings.any()) return null;
        List<Replica> replicas = new ArrayList<>();
        try {
            int n = 0;
            for (String url : settings.urls()) {
                replicas.add(own(config, dialect, url, primaryPool + "-replica-" + ++n, user, password));
            }
            for (DataSource dataSource : settings.dataSources()) {
                PasswordMask mask = new PasswordMask(null, null);
                replicas.add(new Replica(dataSource.toString(), new ConnectionPool(dataSource, mask,
                        BorrowedConnectionSetup.autoCommit()), null, System::nanoTime));
            }
        } catch (RuntimeException e) {
            for (Replica opened : replicas) opened.close();
            throw e;
        }
        return new ReadRouter(replicas, settings, System::nanoTime);
    }

    private static Replica own(JunctionConfig config, Dialect dialect, String url, String name, String primaryUser,
                               String primaryPassword) {
        Dialect kind = DialectForUrl.of(url);
        if (kind.getClass() != dialect.getClass()) {
            throw new ValidationException(null, null, "JunctionConfig: replica " + PasswordMask.url(url) + " is "
                    + kind.name() + ", but the primary is " + dialect.name() + ": a replica holds a copy of the"
                    + " primary's database");
        }
        UrlCredentials credentials = UrlCredentials.of(url);
        boolean ownCredentials = credentials.user() != null || url.matches("(?i).*[?&;](user|password)=.*");
        String user = credentials.user() != null ? credentials.user() : ownCredentials ? null : primaryUser;
        String password = credentials.user() != null ? credentials.password() : ownCredentials ? null : primaryPassword;
        PasswordMask mask = new PasswordMask(url, password);
        HikariDataSource pool = HikariPools.open(dialect, credentials.url(), user, password, config, name, false,
                true, mask);
        return new Replica(mask.mask(credentials.url()), new ConnectionPool(pool, mask), pool, System::nanoTime);
    }
}
