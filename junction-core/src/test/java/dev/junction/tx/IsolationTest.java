package dev.junction.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Isolation;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Propagation;
import dev.junction.TransactionConflictException;
import dev.junction.TransactionOptions;
import dev.junction.ValidationException;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.Simultaneously;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/** An isolation level per transaction, set on its connection and restored after, on every dialect. */
class IsolationTest {
    private static TransactionOptions at(Isolation isolation) {
        return TransactionOptions.builder().isolation(isolation).build();
    }

    @DialectTest
    void theLevelIsSetOnTheConnectionForTheTransactionAndRestoredAfter(TestTarget target) {
        Junction db = target.open(b -> b.maxPoolSize(1));
        int before = db.withConnection(Connection::getTransactionIsolation);
        int inside = db.transaction(at(Isolation.SERIALIZABLE),
                tx -> db.withConnection(Connection::getTransactionIsolation));
        int after = db.withConnection(Connection::getTransactionIsolation);
        assertThat(inside).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
        assertThat(after).isEqualTo(before);
        if (target.backend() != Backend.SQLITE) {
            int readCommitted = db.transaction(at(Isolation.READ_COMMITTED),
                    tx -> db.withConnection(Connection::getTransactionIsolation));
            assertThat(readCommitted).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    @DialectTest
    void sqliteRunsEveryLevelAsSerializable(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        for (Isolation isolation : Isolation.values()) {
            db.useTransaction(at(isolation), tx -> entries.create(new Entry(isolation.name())));
        }
        assertThat(entries.count()).isEqualTo(4);
        if (target.backend() == Backend.SQLITE) {
            int level = db.transaction(at(Isolation.READ_COMMITTED),
                    tx -> db.withConnection(Connection::getTransactionIsolation));
            assertThat(level).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
        }
    }

    @DialectTest
    void repeatableReadKeepsItsSnapshotWhereReadCommittedSeesNewRows(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        if (target.backend() == Backend.SQLITE) return; // one writer at a time: the level cannot show (see above)
        entries.create(new Entry("rent"));
        long[] repeatable = db.transaction(at(Isolation.REPEATABLE_READ), tx -> {
            long first = entries.count();
            Ledger.insertCommitted(target, db, "food");
            return new long[] {first, entries.count()};
        });
        assertThat(repeatable).containsExactly(1, 1);
        long[] committed = db.transaction(at(Isolation.READ_COMMITTED), tx -> {
            long first = entries.count();
            Ledger.insertCommitted(target, db, "fuel");
            return new long[] {first, entries.count()};
        });
        assertThat(committed).containsExactly(2, 3);
    }

    @DialectTest
    void serializableTransactionsThatWouldSkewConflict(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        if (!target.backend().isServer()) return; // H2 and SQLite run such transactions one after the other
        CyclicBarrier bothRead = new CyclicBarrier(2);
        List<Object> outcomes = Simultaneously.run(
                () -> insertAfterCounting(db, entries, bothRead, "rent"),
                () -> insertAfterCounting(db, entries, bothRead, "food"));
        assertThat(outcomes).filteredOn(o -> o instanceof TransactionConflictException).hasSize(1);
        assertThat(entries.count()).isEqualTo(1);
    }

    private static Object insertAfterCounting(Junction db, Model<Entry> entries, CyclicBarrier bothRead, String label) {
        try {
            return db.transaction(at(Isolation.SERIALIZABLE), tx -> {
                long seen = entries.count();
                bothRead.await(30, TimeUnit.SECONDS);
                entries.create(new Entry(label + seen));
                return "committed";
            });
        } catch (TransactionConflictException conflict) {
            return conflict;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DialectTest
    void joiningATransactionAtAnotherLevelIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        db.useTransaction(at(Isolation.REPEATABLE_READ), tx -> {
            entries.create(new Entry("rent"));
            assertThatThrownBy(() -> db.useTransaction(at(Isolation.SERIALIZABLE), inner -> { }))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("SERIALIZABLE")
                    .hasMessageContaining("REPEATABLE_READ");
            assertThatThrownBy(() -> db.useTransaction(TransactionOptions.builder().propagation(Propagation.NESTED)
                    .isolation(Isolation.READ_COMMITTED).build(), inner -> { }))
                    .isInstanceOf(ValidationException.class);
            db.useTransaction(at(Isolation.REPEATABLE_READ), inner -> entries.create(new Entry("food")));
        });
        assertThat(entries.count()).isEqualTo(2);
    }

    @DialectTest
    void unmanagedTransactionTakesTheLevelToo(TestTarget target) {
        Junction db = target.open(b -> b.maxPoolSize(1));
        int before = db.withConnection(Connection::getTransactionIsolation);
        try (var tx = db.begin(at(Isolation.SERIALIZABLE))) {
            assertThat(db.in(tx).withConnection(Connection::getTransactionIsolation))
                    .isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
            tx.commit();
        }
        assertThat(db.withConnection(Connection::getTransactionIsolation)).isEqualTo(before);
    }
}
