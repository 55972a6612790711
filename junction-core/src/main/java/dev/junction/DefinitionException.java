package dev.junction;

/**
 * A model or association was defined wrongly: a duplicate or invalid attribute, an unsupported type, a missing
 * primary key, a name already taken. Thrown when the definition is made, never later, and the message names the
 * model and the attribute or association concerned.
 */
public class DefinitionException extends JunctionException {
    private static final long serialVersionUID = 1L;

    public DefinitionException(String message) {
        super(message);
    }

    /** A definition failed because of {@code cause} (e.g. a model class's {@code associate} hook threw it). */
    public DefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
