package dev.junction.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.spring.app.TestApplication;
import dev.junction.spring.app.Ticket;
import dev.junction.spring.app.models.User;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.UnexpectedRollbackException;

/**
 * The starter's tests on an in-memory H2 database, in {@code JpaTransactionManager}'s transactions (Boot configures
 * JPA when it is on the class path): Junction joins them as it joins {@code DataSourceTransactionManager}'s.
 */
@DisplayName("H2, JPA")
@SpringBootTest(classes = TestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:junction-starter-jpa;DB_CLOSE_DELAY=-1",
        "junction.sync=create"})
class StarterOnH2JpaTest extends StarterTests {
    @Autowired EntityManager entities;

    @Test
    void anEntityAndAJunctionModelWrittenInOneTransactionCommitOrRollBackTogether() {
        jdbc.update("DELETE FROM ticket");
        transactions.executeWithoutResult(status -> {
            entities.persist(new Ticket("quinn"));
            entities.flush();
            users.create(new User(null, "quinn"));
            assertThat(db.scalar(Long.class, "SELECT COUNT(*) FROM ticket")).as("Junction sees JPA's row")
                    .isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(tickets()).isZero();
        assertThat(users.count()).isZero();

        transactions.executeWithoutResult(status -> {
            entities.persist(new Ticket("rosa"));
            users.create(new User(null, "rosa"));
        });
        assertThat(tickets()).isEqualTo(1);
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void aFailedJunctionWriteCaughtInsideRollsBackTheEntitiesToo() {
        jdbc.update("DELETE FROM ticket");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            entities.persist(new Ticket("sam"));
            users.create(new User(null, "sam"));
            Throwable duplicate = catchThrowable(() -> db.useTransaction(tx -> {
                users.create(new User(null, "tess"));
                users.create(new User(null, "sam"));
            }));
            assertThat(duplicate).isInstanceOf(dev.junction.UniqueConstraintException.class);
        })).isInstanceOf(UnexpectedRollbackException.class);

        assertThat(tickets()).isZero();
        assertThat(users.count()).isZero();
    }

    private long tickets() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class);
    }

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
