package dev.junction.tx;

import static dev.junction.tx.Ledger.committedEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.JunctionException;
import dev.junction.Model;
import dev.junction.Propagation;
import dev.junction.UniqueConstraintException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.FrameworkTransactions;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.sql.Connection;
import java.util.List;

/**
 * Propagation inside a framework's transaction ({@link dev.junction.spi.TransactionHook}), as Spring's own: {@code
 * NESTED} runs under a savepoint of the framework's connection, and a failure its savepoint undid leaves the
 * framework's transaction free to commit; a failure that leaves Junction's outermost scope dooms it.
 */
class FrameworkPropagationTest {

    @DialectTest
    void aNestedFailureInsideAJoinedTransactionIsUndoneByItsSavepointAlone(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            db.useTransaction(tx -> {
                entries.create(new Entry("a"));
                Throwable thrown = catchThrowable(() -> db.useTransaction(Propagation.NESTED,
                        inner -> entries.bulkCreate(List.of(new Entry("b"), new Entry("a")))));
                assertThat(thrown).isInstanceOf(UniqueConstraintException.class);
                entries.create(new Entry("c"));
            });

            assertThat(framework.rollbackOnly()).as("doomed by a failure its savepoint undid").isFalse();
            framework.end(true);
        }
        assertThat(committedEntries(target, db)).as("a and c").isEqualTo(2);
    }

    @DialectTest
    void aRequiredFailureInsideNestedDoomsTheSavepointNotTheFrameworks(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            db.useTransaction(tx -> {
                entries.create(new Entry("a"));
                Throwable thrown = catchThrowable(() -> db.useTransaction(Propagation.NESTED, inner -> {
                    entries.create(new Entry("b"));
                    Throwable joined = catchThrowable(() -> db.useTransaction(j -> entries.create(new Entry("a"))));
                    assertThat(joined).isInstanceOf(UniqueConstraintException.class);
                }));
                assertThat(thrown).isInstanceOf(JunctionException.class).hasMessageContaining("savepoint");
                entries.create(new Entry("c"));
            });

            assertThat(framework.rollbackOnly()).isFalse();
            framework.end(true);
        }
        assertThat(committedEntries(target, db)).as("a and c, not b").isEqualTo(2);
    }

    @DialectTest
    void nestedDirectlyInsideTheFrameworksRunsUnderASavepoint(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            entries.create(new Entry("a"));
            Throwable thrown = catchThrowable(() -> db.useTransaction(Propagation.NESTED, inner -> {
                entries.create(new Entry("b"));
                entries.create(new Entry("a"));
            }));
            db.useTransaction(Propagation.NESTED, inner -> entries.create(new Entry("c")));

            assertThat(thrown).isInstanceOf(UniqueConstraintException.class);
            assertThat(framework.rollbackOnly()).isFalse();
            framework.end(true);
        }
        assertThat(committedEntries(target, db)).as("a and c, not b").isEqualTo(2);
    }

    @DialectTest
    void aJoinedFailureCaughtInsideStillDoomsTheFrameworksAsItsScopeEnds(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            db.useTransaction(tx -> {
                entries.create(new Entry("a"));
                Throwable thrown = catchThrowable(() -> entries.bulkCreate(List.of(new Entry("b"), new Entry("a"))));
                assertThat(thrown).isInstanceOf(UniqueConstraintException.class);
            });

            assertThat(framework.rollbackOnly()).as("b may be half-written: only a rollback is safe").isTrue();
            framework.end(true);
        }
        assertThat(committedEntries(target, db)).isZero();
    }

    @DialectTest
    void aFailedOperationOutsideAnyJunctionScopeDoomsTheFrameworksAtOnce(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            entries.create(new Entry("a"));
            Throwable thrown = catchThrowable(() -> entries.bulkCreate(List.of(new Entry("b"), new Entry("a"))));

            assertThat(thrown).isInstanceOf(UniqueConstraintException.class);
            assertThat(framework.rollbackOnly()).isTrue();
            framework.end(true);
        }
        assertThat(committedEntries(target, db)).isZero();
    }
}
