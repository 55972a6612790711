package dev.junction.tx;

import static dev.junction.tx.Ledger.committedEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.JunctionException;
import dev.junction.Model;
import dev.junction.Transaction;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/** Managed, nested and unmanaged transactions, on every dialect. */
class TransactionTest {

    /** A checked exception a transaction body may throw. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    @DialectTest
    void transactionCommitsWhenTheBodyReturnsAndReturnsItsValue(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        Entry created = db.transaction(tx -> entries.create(new Entry("rent")));
        assertThat(created.id()).isNotNull();
        assertThat(committedEntries(target, db)).isEqualTo(1);
    }

    @DialectTest
    void transactionRollsBackWhenTheBodyThrowsAndPassesTheExceptionOn(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        IllegalStateException boom = new IllegalStateException("boom");
        Throwable thrown = catchThrowable(() -> db.transaction(tx -> {
            entries.create(new Entry("rent"));
            entries.create(new Entry("food"));
            throw boom;
        }));
        assertThat(thrown).isSameAs(boom);
        assertThat(entries.count()).isZero();
        assertThat(committedEntries(target, db)).isZero();
    }

    @DialectTest
    void checkedExceptionPassesThroughUnchangedAfterRollback(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        Refused refused = new Refused("over budget");
        Throwable thrown = catchThrowable(() -> db.transaction(tx -> {
            entries.create(new Entry("rent"));
            throw refused;
        }));
        assertThat(thrown).isSameAs(refused);
        assertThat(entries.count()).isZero();
    }

    @DialectTest
    void operationsInsideTheBodyJoinItImplicitly(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        long[] seenInside = new long[2];
        catchThrowable(() -> db.useTransaction(tx -> {
            entries.create(new Entry("rent"));
            seenInside[0] = entries.count();
            seenInside[1] = committedEntries(target, db);
            throw new IllegalStateException("undo");
        }));
        assertThat(seenInside).containsExactly(1, 0);
        assertThat(entries.count()).isZero();
    }

    @DialectTest
    void nestedTransactionJoinsTheOuterOne(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        AtomicReference<Transaction> inner = new AtomicReference<>();
        long committedBeforeOuterEnds = db.transaction(outer -> {
            entries.create(new Entry("outer"));
            db.useTransaction(tx -> {
                inner.set(tx);
                entries.create(new Entry("inner"));
            });
            assertThat(inner.get()).isSameAs(outer);
            return committedEntries(target, db);
        });
        assertThat(committedBeforeOuterEnds).isZero();
        assertThat(committedEntries(target, db)).isEqualTo(2);
    }

    @DialectTest
    void exceptionInANestedTransactionRollsBackTheOuterOne(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        Throwable thrown = catchThrowable(() -> db.useTransaction(outer -> {
            entries.create(new Entry("outer"));
            db.useTransaction(inner -> {
                entries.create(new Entry("inner"));
                throw new IllegalStateException("inner failed");
            });
        }));
        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("inner failed");
        assertThat(committedEntries(target, db)).isZero();
    }

    @DialectTest
    void nestedFailureCaughtByTheOuterBodyStillRollsBackEverything(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        IllegalStateException innerFailure = new IllegalStateException("inner failed");
        Throwable thrown = catchThrowable(() -> db.useTransaction(outer -> {
            entries.create(new Entry("outer"));
            try {
                db.useTransaction(inner -> {
                    entries.create(new Entry("inner"));
                    throw innerFailure;
                });
            } catch (IllegalStateException swallowed) {
                entries.create(new Entry("after"));
            }
        }));
        assertThat(thrown).isInstanceOf(JunctionException.class)
                .hasMessageContaining("rolled back").hasMessageContaining("nested")
                .hasCause(innerFailure);
        assertThat(committedEntries(target, db)).isZero();
    }

    @DialectTest
    void useTransactionCommitsItsBody(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        db.useTransaction(tx -> {
            entries.create(new Entry("rent"));
            entries.create(new Entry("food"));
        });
        assertThat(committedEntries(target, db)).isEqualTo(2);
    }

    @DialectTest
    void unmanagedTransactionCommitsWritesMadeOnAnotherThread(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Transaction tx = db.begin()) {
            Future<Entry> created = other.submit(() -> entries.in(tx).create(new Entry("rent")));
            assertThat(created.get().id()).isNotNull();
            assertThat(entries.in(tx).count()).isEqualTo(1);
            assertThat(committedEntries(target, db)).isZero();
            tx.commit();
            assertThat(tx.isActive()).isFalse();
        } finally {
            other.shutdown();
        }
        assertThat(committedEntries(target, db)).isEqualTo(1);
    }

    @DialectTest
    void unmanagedTransactionRollbackDiscardsItsWrites(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        Transaction tx = db.begin();
        entries.in(tx).create(new Entry("rent"));
        tx.rollback();
        assertThat(tx.isActive()).isFalse();
        assertThat(entries.count()).isZero();
    }

    @DialectTest
    void closingWithoutCommitRollsBack(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        try (Transaction tx = db.begin()) {
            entries.in(tx).create(new Entry("rent"));
            assertThat(tx.isActive()).isTrue();
        }
        assertThat(entries.count()).isZero();
    }

    @DialectTest
    void uncommittedWritesAreInvisibleToOtherConnections(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        entries.create(new Entry("before"));
        try (Transaction tx = db.begin()) {
            entries.in(tx).create(new Entry("during"));
            assertThat(entries.in(tx).count()).isEqualTo(2);
            assertThat(entries.count()).isEqualTo(1);
            assertThat(committedEntries(target, db)).isEqualTo(1);
            tx.commit();
        }
        assertThat(entries.count()).isEqualTo(2);
    }

    @DialectTest
    void transactionOfAnotherJunctionIsRejected(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        try (Junction elsewhere = Junction.open(); Transaction foreign = elsewhere.begin()) {
            assertThatThrownBy(() -> entries.in(foreign).create(new Entry("astray")))
                    .isInstanceOf(JunctionException.class).hasMessageContaining("another Junction");
        }
        assertThat(entries.count()).isZero();
    }

    @DialectTest
    void usingATransactionAfterCommitFailsClearly(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        Transaction tx = db.begin();
        tx.commit();
        assertThatThrownBy(() -> entries.in(tx).create(new Entry("late")))
                .isInstanceOf(JunctionException.class).hasMessageContaining("already been committed or rolled back");
        assertThatThrownBy(tx::commit)
                .isInstanceOf(JunctionException.class).hasMessageContaining("already been committed or rolled back");
        assertThat(entries.count()).isZero();
    }

    @DialectTest
    void usingAManagedTransactionAfterItEndedFailsClearly(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        Transaction ended = db.transaction(tx -> tx);
        assertThat(ended.isActive()).isFalse();
        assertThatThrownBy(() -> entries.in(ended).count())
                .isInstanceOf(JunctionException.class).hasMessageContaining("already been committed or rolled back");
    }
}
