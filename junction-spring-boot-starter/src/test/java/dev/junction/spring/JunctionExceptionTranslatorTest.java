package dev.junction.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.ConnectionException;
import dev.junction.DatabaseException;
import dev.junction.ForeignKeyConstraintException;
import dev.junction.LockTimeoutException;
import dev.junction.NotNullConstraintException;
import dev.junction.StaleInstanceException;
import dev.junction.TransactionConflictException;
import dev.junction.ValidationException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * The translations the application-context tests cannot provoke on cue (those of a duplicate key and of a missing
 * row are proven there, through a {@code @Repository}).
 */
class JunctionExceptionTranslatorTest {
    private final JunctionExceptionTranslator translator = new JunctionExceptionTranslator();

    @Test
    void constraintViolationsBecomeDataIntegrityViolations() {
        SQLException fk = new SQLException("fk", "23503");
        assertThat(translator.translateExceptionIfPossible(new ForeignKeyConstraintException("no such show", fk,
                "UserFavorites", "fk_show", List.of("ShowId")))).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessage("no such show");
        assertThat(translator.translateExceptionIfPossible(new NotNullConstraintException("title is null",
                new SQLException("nn", "23502"), "Shows", null, List.of("title"))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void conflictsBecomeLockingFailures() {
        LockTimeoutException timeout = new LockTimeoutException("waited", new SQLException("lock", "55P03"));
        TransactionConflictException deadlock = new TransactionConflictException("deadlock",
                new SQLException("deadlock", "40P01"));
        StaleInstanceException stale = new StaleInstanceException("User", Map.of("id", 1), 3, "changed meanwhile");

        assertThat(translator.translateExceptionIfPossible(timeout)).isInstanceOf(CannotAcquireLockException.class)
                .hasCause(timeout);
        assertThat(translator.translateExceptionIfPossible(deadlock))
                .isInstanceOf(PessimisticLockingFailureException.class).isNotInstanceOf(CannotAcquireLockException.class);
        assertThat(translator.translateExceptionIfPossible(stale))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void connectionFailuresAndOtherDatabaseErrorsAreTranslatedTheirCallerErrorsAreNot() {
        assertThat(translator.translateExceptionIfPossible(new ConnectionException("down", null)))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(translator.translateExceptionIfPossible(new DatabaseException("odd",
                new SQLException("odd", "XX999")))).isInstanceOf(UncategorizedSQLException.class);
        assertThat(translator.translateExceptionIfPossible(new ValidationException("User", "username", "blank")))
                .isNull();
        assertThat(translator.translateExceptionIfPossible(new IllegalStateException("not Junction's"))).isNull();
    }
}
