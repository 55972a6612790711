package dev.junction;

/**
 * An association was read from a {@link dev.junction.query.Loaded} instance that was not loaded with it. The
 * message names the include to add. Junction never loads behind your back, so this is how a missing include shows.
 */
public class NotLoadedException extends JunctionException {
    private static final long serialVersionUID = 1L;

    public NotLoadedException(String message) {
        super(message);
    }
}
