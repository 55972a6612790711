package dev.junction.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ConnectionException;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.Transaction;
import dev.junction.ValidationException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import dev.junction.tx.Ledger.Entry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The pool settings of JunctionConfig reach HikariCP and the driver, and bad ones are refused by name. */
class PoolSettingsTest {

    @DialectTest
    void thePoolNameNamesThePoolsThreads(TestTarget target) {
        String name = "ledger-" + UUID.randomUUID();
        Junction db = target.open(b -> b.poolName(name));
        Ledger.entries(db).count();
        assertThat(Thread.getAllStackTraces().keySet()).anyMatch(thread -> thread.getName().startsWith(name));
    }

    @DialectTest
    void aDataSourcePropertyReachesTheDriverAndOverridesJunctionsDefault(TestTarget target) {
        String value = switch (target.backend()) {
            case POSTGRESQL -> "ledger-app";
            default -> "1234";
        };
        Map.Entry<String, String> property = switch (target.backend()) {
            case POSTGRESQL -> Map.entry("ApplicationName", value);
            case MARIADB -> Map.entry("sessionVariables", "wait_timeout=" + value);
            case SQLITE -> Map.entry("busy_timeout", value); // Junction's own default is 10000
            case H2 -> Map.entry("LOCK_TIMEOUT", value);
        };
        String probe = switch (target.backend()) {
            case POSTGRESQL -> "SELECT current_setting('application_name')";
            case MARIADB -> "SELECT @@wait_timeout";
            case SQLITE -> "PRAGMA busy_timeout";
            case H2 -> "SELECT CAST(LOCK_TIMEOUT() AS VARCHAR(20))";
        };
        Junction db = target.open(b -> b.dataSourceProperty(property.getKey(), property.getValue()));
        assertThat(db.scalar(String.class, probe)).isEqualTo(value);
    }

    @DialectTest
    void theConnectionTimeoutBoundsTheWaitForAConnection(TestTarget target) {
        Junction db = target.open(b -> b.maxPoolSize(1).connectionTimeout(Duration.ofMillis(300)));
        Model<Entry> entries = Ledger.entries(db);
        long start = System.nanoTime();
        try (Transaction held = db.begin()) {
            assertThatThrownBy(entries::count).isInstanceOf(ConnectionException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(entries.count()).isZero();
    }

    @DialectTest
    void badSettingsAreRefusedNamingTheSetting(TestTarget target) {
        assertRefused(target, b -> b.minimumIdle(-1), "minimumIdle");
        assertRefused(target, b -> b.maxPoolSize(2).minimumIdle(3), "minimumIdle");
        assertRefused(target, b -> b.connectionTimeout(Duration.ofMillis(-5)), "connectionTimeout");
        assertRefused(target, b -> b.connectionTimeout(Duration.ofMillis(100)), "connectionTimeout");
        assertRefused(target, b -> b.connectionTimeout(null), "connectionTimeout");
        assertRefused(target, b -> b.idleTimeout(Duration.ofSeconds(-1)), "idleTimeout");
        assertRefused(target, b -> b.idleTimeout(Duration.ofSeconds(1)), "idleTimeout");
        assertRefused(target, b -> b.maxLifetime(Duration.ofSeconds(-1)), "maxLifetime");
        assertRefused(target, b -> b.maxLifetime(Duration.ofSeconds(5)), "maxLifetime");
        assertRefused(target, b -> b.poolName(" "), "poolName");
        assertRefused(target, b -> b.dataSourceProperty("ApplicationName", null), "data-source property");
        assertRefused(target, b -> b.dataSourceProperty(null, "x"), "data-source property");
        JunctionConfig zeroes = target.config().idleTimeout(Duration.ZERO).maxLifetime(Duration.ZERO).minimumIdle(0)
                .dataSourceProperty("password", "secret").build();
        assertThat(zeroes.pool().idleTimeout()).isZero();
        assertThat(zeroes.toString()).doesNotContain("secret");
    }

    private static void assertRefused(TestTarget target, UnaryOperator<JunctionConfig.Builder> adjust, String setting) {
        assertThatThrownBy(() -> adjust.apply(target.config()).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining(setting);
    }
}
