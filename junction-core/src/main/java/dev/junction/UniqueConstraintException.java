package dev.junction;

import java.sql.SQLException;
import java.util.List;

/** A write broke a unique constraint or primary key (a row with the same key already exists). */
public class UniqueConstraintException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public UniqueConstraintException(String message, SQLException cause, String table, String constraint,
                                   List<String> columns) {
        super(message, cause, table, constraint, columns);
    }
}
