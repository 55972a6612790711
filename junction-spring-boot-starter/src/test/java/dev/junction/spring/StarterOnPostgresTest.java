package dev.junction.spring;

import dev.junction.spring.app.TestApplication;
import dev.junction.testing.Backend;
import dev.junction.testing.Servers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter's tests on PostgreSQL, in a schema of their own, dropped after, in {@code DataSourceTransactionManager}'s
 * transactions.
 */
@DisplayName("PostgreSQL")
@SpringBootTest(classes = TestApplication.class, properties = {"junction.sync=create", StarterTests.WITHOUT_JPA})
class StarterOnPostgresTest extends StarterTests {
    static final String SCHEMA = "junction_spring_" + Long.toString(System.currentTimeMillis(), 36)
            + ThreadLocalRandom.current().nextInt(1000);

    /** The server as the other tests find it (JUNCTION_PG_URL …); down, it skips the class, or fails it under CI. */
    @BeforeAll
    static void createSchema() throws SQLException {
        Servers.require(Backend.POSTGRESQL);
        execute("CREATE SCHEMA " + SCHEMA);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        String separator = Servers.PG_URL.contains("?") ? "&" : "?";
        properties.add("spring.datasource.url", () -> Servers.PG_URL + separator + "currentSchema=" + SCHEMA);
        properties.add("spring.datasource.username", () -> Servers.PG_USER);
        properties.add("spring.datasource.password", () -> Servers.PG_PASSWORD);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = Servers.admin(Backend.POSTGRESQL); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    Class<?> transactionManager() {
        return org.springframework.jdbc.support.JdbcTransactionManager.class;
    }

    @Override
    boolean enforcesReadOnly() {
        return true;
    }

    @Override
    String sessionIdQuery() {
        return "SELECT pg_backend_pid()";
    }
}
