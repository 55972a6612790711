package dev.junction;

import java.sql.SQLException;
import java.util.List;

/**
 * The database rejected a write because it broke a constraint. Subclasses say which kind. The table is always
 * named; the constraint and columns are named whenever the database reports them or Junction created the constraint.
 */
public abstract class ConstraintViolationException extends DatabaseException {
    private static final long serialVersionUID = 1L;
    private final String table;
    private final String constraint;
    private final List<String> columns;

    protected ConstraintViolationException(String message, SQLException cause, String table, String constraint,
                                           List<String> columns) {
        super(message, cause);
        this.table = table;
        this.constraint = constraint;
        this.columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** The table the write went to. */
    public String table() {
        return table;
    }

    /** The name of the violated constraint, or {@code null} when the database did not say. */
    public String constraint() {
        return constraint;
    }

    /** The columns of the violated constraint; empty when the database did not say. */
    public List<String> columns() {
        return columns;
    }
}
