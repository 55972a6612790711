package dev.junction.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.ConnectionException;
import dev.junction.Junction;
import dev.junction.JunctionException;
import dev.junction.Model;
import dev.junction.Propagation;
import dev.junction.TransactionOptions;
import dev.junction.UniqueConstraintException;
import dev.junction.UnsupportedByDatabaseException;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Propagation.NESTED (savepoints), REQUIRED and REQUIRES_NEW, on every dialect. */
class PropagationTest {

    @DialectTest
    void nestedFailureRollsBackOnlyItsOwnWritesAndTheOuterCommits(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        IllegalStateException refused = new IllegalStateException("refused");
        db.useTransaction(tx -> {
            entries.create(new Entry("rent"));
            Throwable thrown = catchThrowable(() -> db.useTransaction(Propagation.NESTED, inner -> {
                entries.create(new Entry("food"));
                throw refused;
            }));
            assertThat(thrown).isSameAs(refused);
            entries.create(new Entry("fuel"));
        });
        assertThat(committedLabels(target, db)).containsExactly("fuel", "rent");
    }

    @DialectTest
    void nestedStatementFailureLeavesTheOuterTransactionUsable(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        db.useTransaction(tx -> {
            entries.create(new Entry("rent"));
            // PostgreSQL would refuse every later statement of the transaction, were it not for the savepoint.
            assertThatThrownBy(() -> db.useTransaction(TransactionOptions.nested(),
                    inner -> entries.create(new Entry("rent"))))
                    .isInstanceOf(UniqueConstraintException.class);
            entries.create(new Entry("fuel"));
        });
        assertThat(committedLabels(target, db)).containsExactly("fuel", "rent");
    }

    @DialectTest
    void junctionsOwnMultiStatementWriteFailingInsideNestedIsUndoneAlone(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        db.useTransaction(tx -> {
            entries.create(new Entry("rent"));
            assertThatThrownBy(() -> db.useTransaction(Propagation.NESTED,
                    inner -> entries.bulkCreate(List.of(new Entry("food"), new Entry("rent")))))
                    .isInstanceOf(UniqueConstraintException.class);
            entries.bulkCreate(List.of(new Entry("food"), new Entry("fuel")));
        });
        assertThat(committedLabels(target, db)).containsExactly("food", "fuel", "rent");
    }

    @DialectTest
    void nestedSuccessCommitsWithTheOuterTransaction(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        long committedInside = db.transaction(tx -> {
            entries.create(new Entry("rent"));
            Entry food = db.transaction(Propagation.NESTED, inner -> entries.create(new Entry("food")));
            assertThat(food.id()).isNotNull();
            return Ledger.committedEntries(target, db);
        });
        assertThat(committedInside).isZero();
        assertThat(committedLabels(target, db)).containsExactly("food", "rent");
    }

    @DialectTest
    void nestedSuccessIsUndoneWhenTheOuterTransactionRollsBack(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        catchThrowable(() -> db.useTransaction(tx -> {
            db.useTransaction(Propagation.NESTED, inner -> entries.create(new Entry("food")));
            throw new IllegalStateException("outer failed");
        }));
        assertThat(committedLabels(target, db)).isEmpty();
    }

    @DialectTest
    void joinedFailureCaughtInsideANestedBodyDoomsOnlyTheSavepoint(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        db.useTransaction(tx -> {
            entries.create(new Entry("rent"));
            Throwable thrown = catchThrowable(() -> db.useTransaction(Propagation.NESTED, nested -> {
                entries.create(new Entry("food"));
                catchThrowable(() -> db.useTransaction(joined -> {
                    throw new IllegalStateException("joined failed");
                }));
            }));
            assertThat(thrown).isInstanceOf(JunctionException.class).hasMessageContaining("savepoint");
        });
        assertThat(committedLabels(target, db)).containsExactly("rent");
    }

    @DialectTest
    void nestedWithoutAnOuterTransactionStartsOne(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        catchThrowable(() -> db.useTransaction(Propagation.NESTED, tx -> {
            entries.create(new Entry("rent"));
            throw new IllegalStateException("undo");
        }));
        assertThat(committedLabels(target, db)).isEmpty();
        db.useTransaction(Propagation.NESTED, tx -> {
            entries.create(new Entry("rent"));
            entries.create(new Entry("food"));
        });
        assertThat(committedLabels(target, db)).containsExactly("food", "rent");
    }

    @DialectTest
    void requiresNewCommitsIndependentlyOfTheOuterRollback(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        if (target.backend() == Backend.SQLITE) {
            assertThatThrownBy(() -> db.useTransaction(tx -> db.useTransaction(Propagation.REQUIRES_NEW,
                    inner -> entries.create(new Entry("audit")))))
                    .isInstanceOf(UnsupportedByDatabaseException.class).hasMessageContaining("NESTED");
            assertThat(committedLabels(target, db)).isEmpty();
            return;
        }
        long[] committedAfterInner = new long[1];
        Throwable thrown = catchThrowable(() -> db.useTransaction(tx -> {
            entries.create(new Entry("rent"));
            db.useTransaction(Propagation.REQUIRES_NEW, inner -> {
                assertThat(inner).isNotSameAs(tx);
                entries.create(new Entry("audit"));
            });
            committedAfterInner[0] = Ledger.committedEntries(target, db);
            entries.create(new Entry("food")); // back on the outer transaction
            throw new IllegalStateException("outer failed");
        }));
        assertThat(thrown).hasMessage("outer failed");
        assertThat(committedAfterInner[0]).isEqualTo(1);
        assertThat(committedLabels(target, db)).containsExactly("audit");
        assertThat(db.poolStats().active()).isZero();
    }

    @DialectTest
    void requiresNewFailureRollsBackOnlyItselfAndPropagates(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        if (target.backend() == Backend.SQLITE) return; // refused, see requiresNewCommitsIndependentlyOfTheOuterRollback
        db.useTransaction(tx -> {
            entries.create(new Entry("rent"));
            Throwable thrown = catchThrowable(() -> db.useTransaction(Propagation.REQUIRES_NEW, inner -> {
                entries.create(new Entry("audit"));
                throw new IllegalStateException("inner failed");
            }));
            assertThat(thrown).hasMessage("inner failed");
        });
        assertThat(committedLabels(target, db)).containsExactly("rent");
    }

    @DialectTest
    void requiresNewWithEveryConnectionHeldFailsAtOnce(TestTarget target) {
        Junction db = target.open(b -> b.maxPoolSize(1));
        Model<Entry> entries = Ledger.entries(db);
        db.useTransaction(tx -> {
            entries.create(new Entry("rent"));
            assertThatThrownBy(() -> db.useTransaction(Propagation.REQUIRES_NEW,
                    inner -> entries.create(new Entry("audit"))))
                    .isInstanceOf(target.backend() == Backend.SQLITE ? UnsupportedByDatabaseException.class
                            : ConnectionException.class)
                    .hasMessageContaining("REQUIRES_NEW");
        });
        assertThat(committedLabels(target, db)).containsExactly("rent");
    }

    @DialectTest
    void beginRefusesNested(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.begin(TransactionOptions.nested()))
                .isInstanceOf(dev.junction.ValidationException.class).hasMessageContaining("NESTED");
        assertThat(db.poolStats().active()).isZero();
    }

    /** The labels a separate plain JDBC connection sees, sorted: only committed ones. */
    static List<String> committedLabels(TestTarget target, Junction db) {
        try (Connection c = target.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + db.dialect().quote("label") + " FROM "
                     + db.dialect().quote("Entries") + " ORDER BY 1")) {
            List<String> labels = new ArrayList<>();
            while (rs.next()) labels.add(rs.getString(1));
            return labels;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
