package dev.junction.tx;

import static dev.junction.tx.Ledger.committedEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Transaction;
import dev.junction.UniqueConstraintException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.FrameworkTransactions;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.sql.Connection;
import java.util.List;

/**
 * A {@link dev.junction.spi.TransactionHook}: while a framework transaction is active, Junction's work joins it and
 * leaves its end to the framework; outside one, Junction works as without a hook.
 */
class TransactionHookTest {

    @DialectTest
    void operationsRunOnTheFrameworksConnectionAndItsRollbackUndoesThem(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            entries.create(new Entry("rent"));
            entries.bulkCreate(List.of(new Entry("food"), new Entry("fuel")));

            assertThat(entries.count()).as("seen inside the framework transaction").isEqualTo(3);
            assertThat(db.poolStats().active()).as("no connection of Junction's own").isZero();
            framework.end(false);
        }
        assertThat(committedEntries(target, db)).isZero();
    }

    @DialectTest
    void aJunctionTransactionInsideJoinsTheFrameworksAndLeavesTheCommitToIt(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            db.useTransaction(tx -> entries.create(new Entry("rent")));
            Transaction begun = db.begin();
            entries.in(begun).create(new Entry("food"));
            begun.commit();

            assertThat(committedEntries(target, db)).as("not committed by Junction").isZero();
            framework.end(true);
        }
        assertThat(committedEntries(target, db)).isEqualTo(2);
    }

    @DialectTest
    void aJunctionTransactionThatFailsInsideMarksTheFrameworksRollbackOnly(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            entries.create(new Entry("rent"));
            Throwable thrown = catchThrowable(() -> db.useTransaction(tx -> {
                entries.create(new Entry("food"));
                entries.create(new Entry("rent"));
            }));

            assertThat(thrown).isInstanceOf(UniqueConstraintException.class);
            assertThat(framework.rollbackOnly()).isTrue();
            assertThat(connection.getAutoCommit()).as("the framework's connection left as it was").isFalse();
            framework.end(true);
        }
        assertThat(committedEntries(target, db)).as("the framework rolled everything back").isZero();
    }

    @DialectTest
    void aJunctionRollbackInsideMarksTheFrameworksRollbackOnly(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            try (Transaction tx = db.begin()) {
                entries.in(tx).create(new Entry("rent"));
                tx.rollback();
            }
            assertThat(framework.rollbackOnly()).isTrue();
            framework.end(true);
        }
        assertThat(committedEntries(target, db)).isZero();
    }

    @DialectTest
    void outsideAFrameworkTransactionJunctionWorksAsWithoutAHook(TestTarget target) {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);

        entries.create(new Entry("rent"));
        Throwable thrown = catchThrowable(() -> db.useTransaction(tx -> {
            entries.create(new Entry("food"));
            entries.create(new Entry("rent"));
        }));

        assertThat(thrown).isInstanceOf(UniqueConstraintException.class);
        assertThat(committedEntries(target, db)).isEqualTo(1);
        assertThat(framework.rollbackOnly()).isFalse();
        assertThat(db.poolStats().active()).isZero();
    }
}
