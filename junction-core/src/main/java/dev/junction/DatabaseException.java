package dev.junction;

import java.sql.SQLException;

/**
 * The database refused a statement for a reason that has no more specific type. Carries the SQLState and vendor
 * code of the underlying {@link SQLException}, which is the cause.
 */
public class DatabaseException extends JunctionException {
    private static final long serialVersionUID = 1L;
    private final String sqlState;
    private final int vendorCode;

    public DatabaseException(String message, SQLException cause) {
        super(message, cause);
        this.sqlState = cause == null ? null : cause.getSQLState();
        this.vendorCode = cause == null ? 0 : cause.getErrorCode();
    }

    /** The five-character SQLState the driver reported, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }

    /** The vendor-specific error code the driver reported. */
    public int vendorCode() {
        return vendorCode;
    }
}
