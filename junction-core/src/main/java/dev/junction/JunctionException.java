package dev.junction;

/**
 * Root of every exception Junction throws. Catch this to handle any Junction failure; catch a subclass to handle
 * one kind (definition errors, validation, constraint violations, connection failures).
 *
 * <p>Unchecked, like the rest of the API: a failed database call is not something most callers can recover from
 * locally.
 */
public class JunctionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JunctionException(String message) {
        super(message);
    }

    public JunctionException(String message, Throwable cause) {
        super(message, cause);
    }
}
