package dev.junction.tx;

import static dev.junction.tx.PropagationTest.committedLabels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Propagation;
import dev.junction.ReadOnlyTransactionException;
import dev.junction.Transaction;
import dev.junction.TransactionOptions;
import dev.junction.ValidationException;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;

/** Read-only transactions: reads work, writes are refused where the database enforces it, the connection restored. */
class ReadOnlyTransactionTest {
    private static final TransactionOptions READ_ONLY = TransactionOptions.builder().readOnly(true).build();

    @DialectTest
    void aWriteInAReadOnlyTransactionIsRefusedNamingTheTableAndWritesNothing(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        entries.create(new Entry("rent"));
        Throwable thrown = catchThrowable(() -> db.useTransaction(READ_ONLY, tx -> {
            assertThat(entries.count()).isEqualTo(1);
            entries.create(new Entry("food"));
        }));
        if (target.backend() == Backend.H2) {
            // H2 takes read-only as a hint (documented): the write goes through.
            assertThat(thrown).isNull();
            assertThat(committedLabels(target, db)).containsExactly("food", "rent");
            return;
        }
        assertThat(thrown).isInstanceOf(ReadOnlyTransactionException.class).hasMessageContaining("read-only")
                .hasMessageContaining("Entries");
        assertThat(((ReadOnlyTransactionException) thrown).table()).isEqualTo("Entries");
        assertThat(committedLabels(target, db)).containsExactly("rent");
    }

    @DialectTest
    void rawSqlWritesAreRefusedToo(TestTarget target) {
        Junction db = target.open();
        Ledger.entries(db);
        if (target.backend() == Backend.H2) return; // not enforced, see above
        String update = "UPDATE " + db.dialect().quote("Entries") + " SET " + db.dialect().quote("label") + " = ?";
        assertThatThrownBy(() -> db.useTransaction(READ_ONLY, tx -> db.execute(update, "x")))
                .isInstanceOf(ReadOnlyTransactionException.class);
    }

    @DialectTest
    void theConnectionWritesAgainAfterAReadOnlyTransaction(TestTarget target) {
        Junction db = target.open(b -> b.maxPoolSize(1));
        Model<Entry> entries = Ledger.entries(db);
        long none = db.transaction(READ_ONLY, tx -> entries.count());
        assertThat(none).isZero();
        catchThrowable(() -> db.useTransaction(READ_ONLY, tx -> entries.create(new Entry("refused"))));
        db.useTransaction(tx -> entries.create(new Entry("rent")));
        entries.create(new Entry("food"));
        assertThat(committedLabels(target, db)).contains("food", "rent");
    }

    @DialectTest
    void anUnmanagedReadOnlyTransactionRefusesWritesToo(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        Throwable thrown;
        try (Transaction tx = db.begin(READ_ONLY)) {
            assertThat(entries.in(tx).count()).isZero();
            thrown = catchThrowable(() -> entries.in(tx).create(new Entry("food")));
        }
        if (target.backend() != Backend.H2) {
            assertThat(thrown).isInstanceOf(ReadOnlyTransactionException.class);
            assertThat(committedLabels(target, db)).isEmpty();
        }
        assertThat(db.poolStats().active()).isZero();
    }

    @DialectTest
    void aReadOnlyBodyMayJoinAReadWriteTransaction(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        db.useTransaction(tx -> {
            entries.create(new Entry("rent"));
            long seen = db.transaction(READ_ONLY, inner -> entries.count());
            assertThat(seen).isEqualTo(1);
        });
        assertThat(committedLabels(target, db)).containsExactly("rent");
    }

    @DialectTest
    void aReadWriteBodyCannotJoinAReadOnlyTransaction(TestTarget target) {
        Junction db = target.open();
        Model<Entry> entries = Ledger.entries(db);
        TransactionOptions readWrite = TransactionOptions.builder().readOnly(false).build();
        db.useTransaction(READ_ONLY, tx -> {
            assertThatThrownBy(() -> db.useTransaction(readWrite, inner -> entries.create(new Entry("food"))))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> db.useTransaction(TransactionOptions.builder().propagation(Propagation.NESTED)
                    .readOnly(false).build(), inner -> { }))
                    .isInstanceOf(ValidationException.class);
            long seen = db.transaction(inner -> entries.count()); // options not given: joins as it is
            assertThat(seen).isZero();
        });
        assertThat(committedLabels(target, db)).isEmpty();
    }
}
