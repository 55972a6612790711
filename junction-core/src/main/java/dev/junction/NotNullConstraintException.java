package dev.junction;

import java.sql.SQLException;
import java.util.List;

/** A write broke a NOT NULL column (no value was given for a required column). */
public class NotNullConstraintException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public NotNullConstraintException(String message, SQLException cause, String table, String constraint,
                                   List<String> columns) {
        super(message, cause, table, constraint, columns);
    }
}
