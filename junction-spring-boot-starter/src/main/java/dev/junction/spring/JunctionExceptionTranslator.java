package dev.junction.spring;

import dev.junction.ConnectionException;
import dev.junction.ConstraintViolationException;
import dev.junction.DatabaseException;
import dev.junction.LockTimeoutException;
import dev.junction.NotFoundException;
import dev.junction.StaleInstanceException;
import dev.junction.TransactionConflictException;
import dev.junction.UniqueConstraintException;
import java.sql.SQLException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Translates Junction's exceptions into Spring's {@link DataAccessException} hierarchy, for the methods of
 * {@code @Repository} beans (Spring's {@code PersistenceExceptionTranslationPostProcessor}, which Spring Boot
 * configures, applies every translator bean there). The original exception is the cause. Stateless.
 *
 * <table>
 *   <caption>Translations</caption>
 *   <tr><th>Junction</th><th>Spring</th></tr>
 *   <tr><td>{@link UniqueConstraintException}</td><td>{@link DuplicateKeyException}</td></tr>
 *   <tr><td>other {@link ConstraintViolationException}s (foreign key, not null)</td>
 *       <td>{@link DataIntegrityViolationException}</td></tr>
 *   <tr><td>{@link LockTimeoutException}</td><td>{@link CannotAcquireLockException}</td></tr>
 *   <tr><td>other {@link TransactionConflictException}s (deadlock, serialization failure)</td>
 *       <td>{@link PessimisticLockingFailureException}</td></tr>
 *   <tr><td>{@link StaleInstanceException}</td><td>{@link OptimisticLockingFailureException}</td></tr>
 *   <tr><td>{@link NotFoundException}</td><td>{@link EmptyResultDataAccessException} (expected 1)</td></tr>
 *   <tr><td>{@link ConnectionException}</td><td>{@link DataAccessResourceFailureException}</td></tr>
 *   <tr><td>other {@link DatabaseException}s</td><td>by SQLState, as {@code JdbcTemplate} does; else
 *       {@link UncategorizedSQLException}</td></tr>
 * </table>
 *
 * <p>Other Junction exceptions — a {@code ValidationException} for bad input, a {@code DefinitionException} for a
 * wrong model — are mistakes of the caller, not of data access, and pass unchanged.
 */
public class JunctionExceptionTranslator implements PersistenceExceptionTranslator {
    private final SQLStateSQLExceptionTranslator bySqlState = new SQLStateSQLExceptionTranslator();

    @Override
    public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
        String message = ex.getMessage();
        if (ex instanceof UniqueConstraintException) return new DuplicateKeyException(message, ex);
        if (ex instanceof ConstraintViolationException) return new DataIntegrityViolationException(message, ex);
        if (ex instanceof LockTimeoutException) return new CannotAcquireLockException(message, ex);
        if (ex instanceof TransactionConflictException) return new PessimisticLockingFailureException(message, ex);
        if (ex instanceof StaleInstanceException) return new OptimisticLockingFailureException(message, ex);
        if (ex instanceof NotFoundException) return new EmptyResultDataAccessException(message, 1, ex);
        if (ex instanceof ConnectionException) return new DataAccessResourceFailureException(message, ex);
        if (ex instanceof DatabaseException && ex.getCause() instanceof SQLException sql) {
            DataAccessException translated = bySqlState.translate("Junction", null, sql);
            return translated != null ? translated : new UncategorizedSQLException("Junction", null, sql);
        }
        return null;
    }
}
