package dev.junction.spring;

import dev.junction.spring.app.TestApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter's tests on PostgreSQL (127.0.0.1:5432, database test), in a schema of their own, dropped after. */
@DisplayName("PostgreSQL")
@SpringBootTest(classes = TestApplication.class, properties = "junction.sync=create")
class StarterOnPostgresTest extends StarterTests {
    static final String SERVER = System.getProperty("junction.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = "postgres";
    static final String PASSWORD = "test";
    static final String SCHEMA = "junction_spring_" + Long.toString(System.currentTimeMillis(), 36)
            + ThreadLocalRandom.current().nextInt(1000);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws SQLException {
        execute("CREATE SCHEMA " + SCHEMA);
        properties.add("spring.datasource.url", () -> SERVER + "?currentSchema=" + SCHEMA);
        properties.add("spring.datasource.username", () -> USER);
        properties.add("spring.datasource.password", () -> PASSWORD);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
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
