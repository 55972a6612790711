package dev.junction;

/**
 * The database could not be reached, or the connection broke during an operation. Any transaction in progress was
 * rolled back by the database; the pool replaces the broken connection, so the next operation may succeed.
 */
public class ConnectionException extends JunctionException {
    private static final long serialVersionUID = 1L;

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
