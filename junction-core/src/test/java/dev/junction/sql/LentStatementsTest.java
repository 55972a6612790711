package dev.junction.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ConnectionWork;
import dev.junction.JunctionException;
import dev.junction.sql.Shows.Genre;
import dev.junction.sql.Shows.Show;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The statements, result sets and metadata of a transaction's lent connection lead back to the lent connection,
 * never the driver's: none of them is a way to commit the transaction from inside.
 */
class LentStatementsTest {
    /** Every way back from what the lent connection hands out to a connection. */
    private static final ConnectionWork<?>[] WAYS_BACK = {
        c -> c.createStatement().getConnection(),
        c -> c.prepareStatement("SELECT 1").getConnection(),
        c -> c.getMetaData().getConnection(),
        c -> c.createStatement().executeQuery("SELECT 1").getStatement().getConnection(),
    };

    @DialectTest
    void whatALentConnectionHandsOutLeadsBackToItAndCannotCommit(TestTarget target) {
        Shows s = new Shows(target);
        String countSql = s.sql("SELECT COUNT(*) FROM {Shows}");
        assertThatThrownBy(() -> s.db.useTransaction(tx -> {
            s.shows.create(new Show("Alien", 7, "1.00", true, Genre.DRAMA, LocalDate.of(1979, 5, 25)));
            s.db.useConnection(lent -> {
                for (ConnectionWork<?> way : WAYS_BACK) {
                    assertThat(way.run(lent)).isSameAs(lent);
                }
            });
            for (ConnectionWork<?> way : WAYS_BACK) {
                assertThatThrownBy(() -> s.db.useConnection(c -> ((Connection) way.run(c)).commit()))
                        .isInstanceOf(JunctionException.class).hasMessageContaining("commit");
            }
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(s.db.scalar(Long.class, countSql)).isEqualTo(2L);
    }

    @DialectTest
    void aLentStatementDoesNotUnwrapToTheDriversOwn(TestTarget target) {
        Shows s = new Shows(target);
        s.db.useTransaction(tx -> s.db.useConnection(c -> {
            Statement statement = c.createStatement();
            assertThat(statement.isWrapperFor(Statement.class)).isTrue();
            assertThat(statement.unwrap(Statement.class)).isSameAs(statement);
            assertThatThrownBy(() -> statement.unwrap(ResultSet.class)).isInstanceOf(SQLException.class);
            try (ResultSet rs = statement.executeQuery(s.sql("SELECT COUNT(*) FROM {Shows}"))) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(2L);
            }
            statement.close();
            assertThat(statement.isClosed()).isTrue();
        }));
    }
}
