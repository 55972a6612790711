package dev.junction.tx;

import static dev.junction.tx.Ledger.committedEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Isolation;
import dev.junction.Junction;
import dev.junction.JunctionException;
import dev.junction.Model;
import dev.junction.Transaction;
import dev.junction.TransactionOptions;
import dev.junction.ValidationException;
import dev.junction.seed.Seeder;
import dev.junction.spi.TransactionHook;
import dev.junction.testing.DialectTest;
import dev.junction.testing.FrameworkTransactions;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options asked of a transaction that joins a framework's are checked against the framework connection's real
 * settings, and Junction's seed lock is held until the framework's transaction completes.
 */
class FrameworkSettingsTest {
    private static final TransactionOptions SERIALIZABLE =
            TransactionOptions.builder().isolation(Isolation.SERIALIZABLE).build();
    private static final TransactionOptions REPEATABLE_READ =
            TransactionOptions.builder().isolation(Isolation.REPEATABLE_READ).build();

    @TempDir
    Path seeders;

    @DialectTest
    void theIsolationOfTheFrameworksConnectionIsJoinedAndAnotherRefused(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            framework.begin(connection);
            db.useTransaction(SERIALIZABLE, tx -> entries.create(new Entry("a")));
            db.useTransaction(tx -> db.useTransaction(SERIALIZABLE, inner -> entries.create(new Entry("b"))));
            Throwable direct = catchThrowable(() -> db.useTransaction(REPEATABLE_READ,
                    tx -> entries.create(new Entry("c"))));
            Throwable[] deeper = new Throwable[1];
            db.useTransaction(tx -> deeper[0] = catchThrowable(() ->
                    db.useTransaction(REPEATABLE_READ, inner -> entries.create(new Entry("d")))));

            assertThat(direct).isInstanceOf(ValidationException.class).hasMessageContaining("SERIALIZABLE");
            assertThat(deeper[0]).as("refused before its body ran").isInstanceOf(ValidationException.class).hasMessageContaining("SERIALIZABLE");
            assertThat(framework.rollbackOnly()).isFalse();
            framework.end(true);
        }
        assertThat(committedEntries(target, db)).as("a and b").isEqualTo(2);
    }

    @DialectTest
    void beginWithOptionsTheFrameworksConnectionLacksIsRefused(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            framework.begin(connection);
            Throwable readOnly = catchThrowable(() -> db.begin(TransactionOptions.builder().readOnly(true).build()));
            Throwable isolation = catchThrowable(() -> db.begin(REPEATABLE_READ));
            try (Transaction tx = db.begin(SERIALIZABLE)) {
                entries.in(tx).create(new Entry("a"));
                tx.commit();
            }

            assertThat(readOnly).isInstanceOf(ValidationException.class).hasMessageContaining("read-only");
            assertThat(isolation).isInstanceOf(ValidationException.class).hasMessageContaining("SERIALIZABLE");
            assertThat(committedEntries(target, db)).as("joined: the framework commits").isZero();
            framework.end(true);
        }
        assertThat(committedEntries(target, db)).isEqualTo(1);
    }

    @DialectTest
    void seedingInsideHoldsTheSeedLockUntilTheFrameworksTransactionCompletes(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Ledger.entries(db);
        Files.writeString(seeders.resolve("01-entries.yaml"), "Entry:\n  - { label: rent }\n");
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            Seeder.of(db, seeders).applyPending();

            assertThat(framework.pendingAfterCompletion()).as("the lock's release waits for the end").isPositive();
            framework.end(true);
        }
        assertThat(framework.pendingAfterCompletion()).isZero();
        assertThat(committedEntries(target, db)).isEqualTo(1);
    }

    @DialectTest
    void seedingInsideIsRefusedWhenTheHookCannotRunCodeAfterCompletion(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        TransactionHook withoutCallbacks = new TransactionHook() {
            public boolean isTransactionActive() { return framework.isTransactionActive(); }
            public Connection transactionConnection() { return framework.transactionConnection(); }
            public void setRollbackOnly() { framework.setRollbackOnly(); }
        };
        Junction db = target.open(b -> b.transactionHook(withoutCallbacks));
        Ledger.entries(db);
        Files.writeString(seeders.resolve("01-entries.yaml"), "Entry:\n  - { label: rent }\n");
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            Throwable thrown = catchThrowable(() -> Seeder.of(db, seeders).applyPending());

            assertThat(thrown).isInstanceOf(JunctionException.class).hasMessageContaining("afterCompletion");
            framework.end(true);
        }
        assertThat(committedEntries(target, db)).isZero();
        assertThat(Seeder.of(db, seeders).applyPending()).as("the lock was given back").hasSize(1);
    }
}
