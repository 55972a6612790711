package dev.junction.tx;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.SqlListener;
import dev.junction.UniqueConstraintException;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@link SqlListener} contract: every statement, its bound values (unless hidden) and its time. */
class SqlLoggingTest {

    record Statement(String sql, List<Object> parameters, long elapsedNanos) {
    }

    /** Records what the listener is told; thread-safe. */
    static final class Recorder implements SqlListener {
        private final List<Statement> statements = new ArrayList<>();

        @Override
        public synchronized void executed(String sql, List<Object> parameters, long elapsedNanos) {
            statements.add(new Statement(sql, parameters, elapsedNanos));
        }

        synchronized List<Statement> drain() {
            List<Statement> seen = List.copyOf(statements);
            statements.clear();
            return seen;
        }
    }

    @DialectTest
    void listenerSeesEachStatementWithItsValuesAndTime(TestTarget target) {
        Recorder recorder = new Recorder();
        Junction db = target.open(b -> b.listener(recorder));
        Model<Entry> entries = Ledger.entries(db);
        assertThat(recorder.drain()).isNotEmpty().allSatisfy(s -> assertThat(s.sql()).isNotBlank());

        Entry rent = entries.create(new Entry("rent"));
        List<Statement> insert = recorder.drain();
        assertThat(insert).singleElement().satisfies(s -> {
            assertThat(s.sql()).startsWith("INSERT INTO").contains("?").doesNotContain("rent");
            assertThat(s.parameters()).contains("rent", rent.createdAt());
            assertThat(s.elapsedNanos()).isPositive();
        });

        entries.findAll(Query.where(eq("label", "rent")).order(Order.asc("id")).limit(5).offset(1));
        assertThat(recorder.drain()).singleElement().satisfies(s -> {
            assertThat(s.sql()).startsWith("SELECT").doesNotContain("rent");
            assertThat(s.parameters()).containsExactly("rent", 5L, 1L);
        });
    }

    @DialectTest
    void eachOperationRunsExactlyOneStatement(TestTarget target) {
        Recorder recorder = new Recorder();
        Junction db = target.open(b -> b.listener(recorder));
        Model<Entry> entries = Ledger.entries(db);
        recorder.drain();

        Entry rent = entries.create(new Entry("rent"));
        assertThat(recorder.drain()).hasSize(1);
        entries.findByPk(rent.id());
        assertThat(recorder.drain()).hasSize(1);
        entries.count();
        assertThat(recorder.drain()).hasSize(1);
        entries.count(eq("label", "rent"));
        assertThat(recorder.drain()).hasSize(1);
        entries.findAll();
        assertThat(recorder.drain()).hasSize(1);
        entries.update(new Entry(rent.id(), "rent paid", rent.createdAt(), rent.updatedAt()));
        assertThat(recorder.drain()).hasSize(1);
        entries.update(Map.of("label", "rent due"), eq("id", rent.id()));
        assertThat(recorder.drain()).hasSize(1);
        entries.destroy(rent);
        assertThat(recorder.drain()).hasSize(1);
    }

    @DialectTest
    void transactionBoundariesAreNotStatements(TestTarget target) {
        Recorder recorder = new Recorder();
        Junction db = target.open(b -> b.listener(recorder));
        Model<Entry> entries = Ledger.entries(db);
        recorder.drain();
        db.useTransaction(tx -> {
            entries.create(new Entry("rent"));
            entries.create(new Entry("food"));
        });
        assertThat(recorder.drain()).hasSize(2).allSatisfy(s -> assertThat(s.sql()).startsWith("INSERT INTO"));
    }

    @DialectTest
    void hiddenParametersReachTheListenerAsAnEmptyList(TestTarget target) {
        Recorder recorder = new Recorder();
        Junction db = target.open(b -> b.listener(recorder).logParameters(false));
        Model<Entry> entries = Ledger.entries(db);
        recorder.drain();

        entries.create(new Entry("secret"));
        entries.findOne(eq("label", "secret"));
        List<Statement> seen = recorder.drain();
        assertThat(seen).hasSize(2).allSatisfy(s -> {
            assertThat(s.parameters()).isEmpty();
            assertThat(s.sql()).contains("?").doesNotContain("secret");
        });
    }

    @DialectTest
    void failedStatementIsReportedToo(TestTarget target) {
        Recorder recorder = new Recorder();
        Junction db = target.open(b -> b.listener(recorder));
        Model<Entry> entries = Ledger.entries(db);
        entries.create(new Entry("rent"));
        recorder.drain();

        Throwable thrown = catchThrowable(() -> entries.create(new Entry("rent")));
        assertThat(thrown).isInstanceOf(UniqueConstraintException.class);
        assertThat(recorder.drain()).singleElement().satisfies(s -> {
            assertThat(s.sql()).startsWith("INSERT INTO");
            assertThat(s.parameters()).contains("rent");
        });
    }
}
