package dev.junction.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.pull.ModelPuller;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** {@code Junction.open(DataSource)}: the application's pool serves Junction, and stays the application's. */
class DataSourceTest {

    @DialectTest
    void junctionOpenedOnADataSourceTakesItsConnectionsAndReadsTheDialectFromTheDatabase(TestTarget target)
            throws Exception {
        try (HikariDataSource pool = pool(target); Junction db = Junction.open(pool)) {
            Model<Entry> entries = Ledger.entries(db);
            entries.create(new Entry("rent"));

            assertThat(db.dialect().name()).isEqualTo(target.open().dialect().name());
            assertThat(entries.count()).isEqualTo(1);
            assertThat(Ledger.committedEntries(target, db)).isEqualTo(1);
            assertThat(db.poolStats().total()).as("the application's pool's counts")
                    .isEqualTo(pool.getHikariPoolMXBean().getTotalConnections()).isPositive();
            assertThat(db.poolStats().active()).isZero();
            assertThat(db.config().dataSource()).isSameAs(pool);
        }
    }

    @DialectTest
    void closingJunctionLeavesTheApplicationsDataSourceOpen(TestTarget target) throws Exception {
        try (HikariDataSource pool = pool(target)) {
            Junction db = Junction.open(pool);
            Ledger.entries(db).create(new Entry("rent"));
            db.close();

            assertThat(pool.isClosed()).isFalse();
            assertThat(db.poolStats()).as("Junction's view, closed").isEqualTo(new dev.junction.PoolStats(0, 0, 0));
            try (Connection connection = pool.getConnection()) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }

    @DialectTest
    void modelsPulledThroughADataSourceNameItAsTheirOrigin(TestTarget target) {
        try (HikariDataSource pool = pool(target); Junction db = Junction.open(pool)) {
            Ledger.entries(db);

            String source = ModelPuller.of(db).pull("com.example.models").files().values().iterator().next();

            assertThat(source).contains("from the application's DataSource (" + db.dialect().name() + ")");
        }
    }

    @Test
    void aUrlAndADataSourceTogetherAreRefused() {
        try (HikariDataSource pool = new HikariDataSource(h2("jdbc:h2:mem:both"))) {
            assertThatThrownBy(() -> JunctionConfig.builder().url("jdbc:h2:mem:other").dataSource(pool).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("either a url")
                    .hasMessageContaining("dataSource");
            assertThatThrownBy(() -> Junction.open((javax.sql.DataSource) null))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("dataSource");
        }
    }

    /** The application's pool: a HikariCP pool of its own on the test's database. */
    private static HikariDataSource pool(TestTarget target) {
        JunctionConfig c = target.config().build();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(c.url());
        if (c.user() != null) config.setUsername(c.user());
        if (c.password() != null) config.setPassword(c.password());
        config.setMaximumPoolSize(3);
        config.setPoolName("application");
        return new HikariDataSource(config);
    }

    private static HikariConfig h2(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        return config;
    }
}
