package dev.junction.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ReadOnlyTransactionException;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.FrameworkTransactions;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.sql.Connection;

/** A write in the framework's read-only transaction (Spring's readOnly = true) says it ran in a read-only one. */
class FrameworkReadOnlyWriteTest {
    @DialectTest
    void aWriteInTheFrameworksReadOnlyTransactionIsAReadOnlyTransactionException(TestTarget target) throws Exception {
        // SQLite sets the flag only as it opens a connection, which then refuses as a read-only file does.
        if (target.backend() == Backend.SQLITE) return;
        FrameworkTransactions framework = new FrameworkTransactions();
        Junction db = target.open(b -> b.transactionHook(framework));
        Model<Entry> entries = Ledger.entries(db);
        try (Connection connection = target.jdbc()) {
            connection.setReadOnly(true);
            framework.begin(connection);
            Throwable refused = catchThrowable(() -> entries.create(new Entry("a")));
            framework.end(false);
            framework.begin(connection);
            Throwable atomic = catchThrowable(() -> db.useTransaction(tx -> entries.create(new Entry("b"))));
            framework.end(false);
            connection.setReadOnly(false);
            // H2 takes the flag as a hint and writes anyway; the servers refuse.
            if (target.backend() == Backend.H2) return;
            assertThat(refused).isInstanceOf(ReadOnlyTransactionException.class)
                    .hasMessageContaining("read-only transaction");
            assertThat(atomic).isInstanceOf(ReadOnlyTransactionException.class);
        }
    }
}
