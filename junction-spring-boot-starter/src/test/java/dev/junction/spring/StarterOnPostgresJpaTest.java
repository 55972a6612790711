package dev.junction.spring;

import dev.junction.spring.app.TestApplication;
import org.junit.jupiter.api.DisplayName;
import org.springframework.boot.test.context.SpringBootTest;

/** The starter's tests on PostgreSQL in {@code JpaTransactionManager}'s transactions, in a schema of their own. */
@DisplayName("PostgreSQL, JPA")
@SpringBootTest(classes = TestApplication.class, properties = "junction.sync=create")
class StarterOnPostgresJpaTest extends StarterOnPostgresTest {

    @Override
    Class<?> transactionManager() {
        return org.springframework.orm.jpa.JpaTransactionManager.class;
    }
}
