package dev.junction.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DatabaseException;
import dev.junction.JunctionException;
import dev.junction.Transaction;
import dev.junction.UniqueConstraintException;
import dev.junction.sql.Shows.Genre;
import dev.junction.sql.Shows.Show;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Raw SQL joins transactions like model operations, lends connections safely, and fails with typed errors. */
class RawTransactionTest {
    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String insert(Shows s) {
        return s.sql("INSERT INTO {Shows} ({title}, {genre}, {createdAt}, {updatedAt}) VALUES (?, 'DRAMA', ?, ?)");
    }

    @DialectTest
    void aRolledBackTransactionKeepsNothingExecuteWrote(TestTarget target) {
        Shows s = new Shows(target);
        java.time.Instant now = java.time.Instant.now();
        assertThatThrownBy(() -> s.db.useTransaction(tx -> {
            assertThat(s.db.execute(insert(s), "Alien", now, now)).isEqualTo(1);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(s.shows.count(dev.junction.query.Where.all())).isEqualTo(2);
    }

    @DialectTest
    void aQueryInsideATransactionSeesItsUncommittedWrites(TestTarget target) throws SQLException {
        Shows s = new Shows(target);
        String titles = s.sql("SELECT {title} FROM {Shows} ORDER BY {id}");
        String countSql = s.sql("SELECT COUNT(*) FROM {Shows}");
        List<Long> outside = Collections.synchronizedList(new ArrayList<>());
        s.db.useTransaction(tx -> {
            s.shows.create(new Show("Alien", 7, "1.00", true, Genre.DRAMA, LocalDate.of(1979, 5, 25)));
            assertThat(s.db.query(String.class, titles)).containsExactly("Dune", "Heat", "Alien");
            try (Connection other = target.jdbc()) {
                outside.add(count(other, countSql)); // not committed yet
            }
        });
        assertThat(outside).containsExactly(2L);
        assertThat(s.db.scalar(Long.class, countSql)).isEqualTo(3L);
    }

    @DialectTest
    void inJoinsAnUnmanagedTransaction(TestTarget target) {
        Shows s = new Shows(target);
        java.time.Instant now = java.time.Instant.now();
        String countSql = s.sql("SELECT COUNT(*) FROM {Shows}");
        try (Transaction tx = s.db.begin()) {
            s.db.in(tx).execute(insert(s), "Alien", now, now);
            assertThat(s.db.in(tx).scalar(Long.class, countSql)).isEqualTo(3L);
            tx.rollback();
        }
        assertThat(s.db.scalar(Long.class, countSql)).isEqualTo(2L);
        Transaction ended = s.db.begin();
        ended.commit();
        assertThatThrownBy(() -> s.db.in(ended).scalar(Long.class, countSql)).isInstanceOf(JunctionException.class);
    }

    @DialectTest
    void withConnectionLendsTheTransactionsConnectionWhichTheWorkCannotEnd(TestTarget target) {
        Shows s = new Shows(target);
        String countSql = s.sql("SELECT COUNT(*) FROM {Shows}");
        assertThatThrownBy(() -> s.db.useTransaction(tx -> {
            s.shows.create(new Show("Alien", 7, "1.00", true, Genre.DRAMA, LocalDate.of(1979, 5, 25)));
            long lent = s.db.withConnection(c -> count(c, countSql));
            assertThat(lent).isEqualTo(3L);
            s.db.useConnection(Connection::close); // does nothing: the transaction goes on
            assertThatThrownBy(() -> s.db.useConnection(Connection::commit)).isInstanceOf(JunctionException.class)
                    .hasMessageContaining("commit");
            assertThatThrownBy(() -> s.db.useConnection(c -> c.setAutoCommit(true)))
                    .isInstanceOf(JunctionException.class);
            assertThatThrownBy(() -> s.db.useConnection(Connection::rollback)).isInstanceOf(JunctionException.class);
            assertThat(s.db.scalar(Long.class, countSql)).isEqualTo(3L);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(s.db.scalar(Long.class, countSql)).isEqualTo(2L);
    }

    @DialectTest
    void withConnectionOutsideATransactionLendsAPooledConnectionAndReturnsIt(TestTarget target) {
        Shows s = new Shows(target);
        String countSql = s.sql("SELECT COUNT(*) FROM {Shows}");
        boolean pooled = s.db.withConnection(c -> c.getAutoCommit() && count(c, countSql) == 2);
        assertThat(pooled).isTrue();
        assertThat(s.db.poolStats().active()).isZero();
    }

    @DialectTest
    void anSqlExceptionOfTheWorkIsTranslated(TestTarget target) {
        Shows s = new Shows(target);
        String duplicate = s.sql("INSERT INTO {Shows} ({id}, {title}, {genre}, {createdAt}, {updatedAt})"
                + " SELECT {id}, {title}, {genre}, {createdAt}, {updatedAt} FROM {Shows}");
        assertThatThrownBy(() -> s.db.useConnection(c -> {
            try (PreparedStatement st = c.prepareStatement(duplicate)) {
                st.executeUpdate();
            }
        })).isInstanceOf(UniqueConstraintException.class);
        assertThat(s.db.poolStats().active()).isZero();
    }

    @DialectTest
    void statementErrorsAreTypedAndNameTheStatement(TestTarget target) {
        Shows s = new Shows(target);
        String duplicate = s.sql("UPDATE {Shows} SET {id} = ? WHERE {id} = ?");
        assertThatThrownBy(() -> s.db.execute(duplicate, s.dune.id(), s.heat.id()))
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("SQL: " + duplicate);
        String wrong = s.sql("SELECT {nope} FROM {Shows}");
        assertThatThrownBy(() -> s.db.query(wrong)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("SQL: " + wrong);
        assertThatThrownBy(() -> s.db.execute("NOT SQL AT ALL")).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("NOT SQL AT ALL");
    }

    @DialectTest
    void statementsAreReportedToTheListenerWithTheirValues(TestTarget target) {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Shows s = new Shows(target, target.open(c -> c.listener((sql, params, nanos) -> seen.add(sql + " " + params))));
        seen.clear();
        String sql = s.sql("SELECT {id} FROM {Shows} WHERE {title} IN (:titles)");
        s.db.query(Long.class, sql, java.util.Map.of("titles", List.of("Dune", "Heat")));
        assertThat(seen).containsExactly(s.sql("SELECT {id} FROM {Shows} WHERE {title} IN (?, ?)") + " [Dune, Heat]");
    }
}
