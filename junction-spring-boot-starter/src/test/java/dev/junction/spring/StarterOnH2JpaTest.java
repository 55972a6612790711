package dev.junction.spring;

import dev.junction.spring.app.TestApplication;
import org.junit.jupiter.api.DisplayName;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The starter's tests on an in-memory H2 database, in {@code JpaTransactionManager}'s transactions (Boot configures
 * JPA when it is on the class path): Junction joins them as it joins {@code DataSourceTransactionManager}'s.
 */
@DisplayName("H2, JPA")
@SpringBootTest(classes = TestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:junction-starter-jpa;DB_CLOSE_DELAY=-1",
        "junction.sync=create"})
class StarterOnH2JpaTest extends StarterTests {

    @Override
    Class<?> transactionManager() {
        return org.springframework.orm.jpa.JpaTransactionManager.class;
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
