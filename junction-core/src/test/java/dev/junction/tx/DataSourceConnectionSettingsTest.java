package dev.junction.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What Junction readies on the connections of an application's {@code DataSource}: auto-commit for its work outside
 * a transaction, and SQLite's per-connection settings the pool was configured without.
 */
class DataSourceConnectionSettingsTest {

    @DialectTest
    void writesOutsideATransactionCommitOnAPoolHandingOutConnectionsWithoutAutoCommit(TestTarget target)
            throws Exception {
        try (HikariDataSource pool = pool(target, c -> c.setAutoCommit(false)); Junction db = Junction.open(pool)) {
            Model<Entry> entries = Ledger.entries(db); // db.sync(): its DDL must commit too
            entries.create(new Entry("rent"));
            db.transaction(tx -> entries.create(new Entry("power")));

            assertThat(Ledger.committedEntries(target, db)).isEqualTo(2);
            try (Connection connection = pool.getConnection()) {
                assertThat(connection.getAutoCommit()).as("the pool's own setting, back for its other users").isFalse();
            }
        }
    }

    @Test
    void sqliteForeignKeysAreEnforcedOnADataSourceConfiguredWithoutThem() throws Exception {
        try (TestTarget target = new TestTarget(Backend.SQLITE);
             HikariDataSource pool = pool(target, c -> { }); Junction db = Junction.open(pool)) {
            db.execute("CREATE TABLE \"Towns\" (\"id\" INTEGER PRIMARY KEY)");
            db.execute("CREATE TABLE \"Castles\" (\"id\" INTEGER PRIMARY KEY,"
                    + " \"townId\" INTEGER REFERENCES \"Towns\" (\"id\"))");

            assertThatThrownBy(() -> db.execute("INSERT INTO \"Castles\" (\"townId\") VALUES (:town)", Map.of("town", 7)))
                    .isInstanceOf(ForeignKeyConstraintException.class);
            assertThat(db.scalar(Long.class, "PRAGMA busy_timeout")).as("a locked database is waited for").isPositive();
        }
    }

    /** The application's HikariCP pool on the test's database, configured by {@code adjust}. */
    private static HikariDataSource pool(TestTarget target, java.util.function.Consumer<HikariConfig> adjust) {
        JunctionConfig c = target.config().build();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(c.url());
        if (c.user() != null) config.setUsername(c.user());
        if (c.password() != null) config.setPassword(c.password());
        config.setMaximumPoolSize(3);
        adjust.accept(config);
        return new HikariDataSource(config);
    }
}
