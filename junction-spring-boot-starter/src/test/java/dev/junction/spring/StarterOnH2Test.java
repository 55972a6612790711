package dev.junction.spring;

import dev.junction.spring.app.TestApplication;
import org.junit.jupiter.api.DisplayName;
import org.springframework.boot.test.context.SpringBootTest;

/** The starter's tests on an in-memory H2 database, in {@code DataSourceTransactionManager}'s transactions. */
@DisplayName("H2")
@SpringBootTest(classes = TestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:junction-starter;DB_CLOSE_DELAY=-1",
        "junction.sync=create", StarterTests.WITHOUT_JPA})
class StarterOnH2Test extends StarterTests {

    @Override
    Class<?> transactionManager() {
        return org.springframework.jdbc.support.JdbcTransactionManager.class;
    }

    @Override
    boolean enforcesReadOnly() {
        return false;
    }

    @Override
    String sessionIdQuery() {
        return "SELECT SESSION_ID()";
    }
}
