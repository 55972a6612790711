package dev.junction.readme;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Isolation;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.Propagation;
import dev.junction.Transaction;
import dev.junction.TransactionOptions;
import dev.junction.UniqueConstraintException;
import dev.junction.annotation.Column;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Duration;
import java.util.Map;

/** The README's "Propagation, isolation, read-only" and pool settings examples, as written there, on every database. */
class ReadmeTransactionOptionsTest {
    record User(Long id, @Column(unique = true, allowNull = false) String username, Integer age) { }

    record Login(Long id, String username) { }

    @DialectTest
    void thePropagationIsolationAndReadOnlyExample(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Login> logins = db.define(Login.class);
        db.sync();

        db.useTransaction(tx -> {
            users.create(new User(null, "alice", 30));
            try {
                db.useTransaction(Propagation.NESTED, inner -> {                    // under a savepoint
                    users.create(new User(null, "bob", 40));
                    users.create(new User(null, "alice", 31));                      // UniqueConstraintException
                });
            } catch (UniqueConstraintException taken) {                            // bob is undone, alice stays
                users.create(new User(null, "alice2", 31));                         // and the outer transaction goes on
            }
            if (target.backend() != Backend.SQLITE) { // SQLite: UnsupportedByDatabaseException (one writer at a time)
                db.useTransaction(Propagation.REQUIRES_NEW, audit -> logins.create(new Login(null, "alice"))); // commits now
            }
        });
        TransactionOptions snapshot = TransactionOptions.builder().isolation(Isolation.REPEATABLE_READ).readOnly(true).build();
        long adults = db.transaction(snapshot, tx -> users.count(gt("age", 18)));    // a write here: ReadOnlyTransactionException
        try (Transaction tx = db.begin(TransactionOptions.builder().isolation(Isolation.SERIALIZABLE).build())) {
            users.in(tx).update(Map.of("age", 33), eq("username", "alice"));
            tx.commit();
        }

        assertThat(adults).isEqualTo(2);
        assertThat(users.findAll()).extracting(User::username, User::age)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("alice", 33),
                        org.assertj.core.groups.Tuple.tuple("alice2", 31));
        assertThat(logins.count()).isEqualTo(target.backend() == Backend.SQLITE ? 0 : 1);
    }

    @DialectTest
    void thePoolSettingsExample(TestTarget target) {
        JunctionConfig given = target.config().build();
        String url = given.url();
        String user = given.user();
        String password = given.password();

        Junction db = Junction.open(JunctionConfig.builder()
                .url(url).user(user).password(password)
                .maxPoolSize(10)
                .minimumIdle(1)                                 // connections kept open while idle
                .connectionTimeout(Duration.ofSeconds(30))      // wait for a free connection, then ConnectionException
                .idleTimeout(Duration.ofMinutes(10))            // close idle connections beyond the minimum (ZERO: never)
                .maxLifetime(Duration.ofMinutes(30))            // replace connections this old (ZERO: never)
                .poolName("shows")                              // in the pool's thread names and log lines; default junction-N
                .dataSourceProperty("ApplicationName", "shows-api") // to the driver with every connection
                .build());

        try (db) {
            assertThat(db.scalar(Integer.class, "SELECT 1")).isEqualTo(1);
            assertThat(db.config().pool().poolName()).isEqualTo("shows");
            if (target.backend() == Backend.POSTGRESQL) {
                assertThat(db.scalar(String.class, "SELECT current_setting('application_name')")).isEqualTo("shows-api");
            }
        }
    }
}
