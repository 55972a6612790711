package dev.junction.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ReadOnlyException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A MariaDB server that takes only reads — a replica, or a node an operator set {@code read_only} — refuses a write of
 * a user without the READ ONLY ADMIN privilege with error 1290 ("running with the --read-only option"): Junction
 * raises a {@link ReadOnlyException} naming the table, not a plain database error. Tried for real on one node of the
 * Galera cluster ({@code read_only} is a node's own setting), with a user who may write to the test's database.
 */
class GaleraReadOnlyNodeTest {
    record Note(Long id, String text) { }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = GaleraNodes.NAME)
    void aWriteOnAReadOnlyServerIsAReadOnlyExceptionNamingTheTable(String database) throws Exception {
        try (GaleraNodes cluster = GaleraNodes.create()) {
            Junction admin = cluster.open(2, b -> b);
            admin.define(Note.class);
            admin.sync();
            String user = "jw_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
            try (Connection c = cluster.jdbc(2); Statement s = c.createStatement()) {
                s.execute("CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY 'pw'");
                s.execute("GRANT ALL PRIVILEGES ON `" + cluster.database() + "`.* TO '" + user + "'@'127.0.0.1'");
                s.execute("SET GLOBAL read_only = 1");
            }
            try {
                Junction writer = cluster.open(2, b -> b.user(user).password("pw"));
                Model<Note> notes = writer.define(Note.class);

                Throwable thrown = catchThrowable(() -> notes.create(new Note(null, "sandcastle")));

                assertThat(thrown).isInstanceOf(ReadOnlyException.class).hasMessageContaining("Notes")
                        .hasMessageContaining("read-only");
                assertThat(((ReadOnlyException) thrown).table()).isEqualTo("Notes");
                assertThat(thrown.getCause()).isInstanceOf(SQLException.class)
                        .satisfies(cause -> assertThat(((SQLException) cause).getErrorCode()).isEqualTo(1290));
                assertThat(notes.count()).as("reads still work there").isZero();
            } finally {
                try (Connection c = cluster.jdbc(2); Statement s = c.createStatement()) {
                    s.execute("SET GLOBAL read_only = 0");
                    s.execute("DROP USER IF EXISTS '" + user + "'@'127.0.0.1'");
                }
            }
        }
    }
}
