package dev.junction;

import java.sql.SQLException;
import java.util.List;

/** A write broke a foreign key (the referenced row does not exist, or a row still refers to the one being deleted). */
public class ForeignKeyConstraintException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public ForeignKeyConstraintException(String message, SQLException cause, String table, String constraint,
                                   List<String> columns) {
        super(message, cause, table, constraint, columns);
    }
}
