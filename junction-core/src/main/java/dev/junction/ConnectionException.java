package dev.junction;

/**
 * The database could not be reached, or the connection broke during an operation. Any transaction in progress was
 * rolled back by the database. When a connection breaks, the pool retires all of its connections (a restarted server
 * has ended them all), so the next operation gets a new one.
 *
 * <p>A read outside a transaction whose connection turns out to be broken is run once more on a new connection
 * before this is thrown. A write is never run again: in a transaction (Junction's own or yours) it was rolled back and
 * may simply be repeated; a single statement outside one may have been applied just before the connection broke.
 */
public class ConnectionException extends JunctionException {
    private static final long serialVersionUID = 1L;

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
