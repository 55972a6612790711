package dev.junction;

/** A model was asked for by a name no model has. The message lists the names that exist. */
public class UnknownModelException extends JunctionException {
    private static final long serialVersionUID = 1L;

    public UnknownModelException(String message) {
        super(message);
    }
}
