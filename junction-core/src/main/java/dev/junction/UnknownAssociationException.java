package dev.junction;

/** An association was asked for by an alias its model does not have. The message lists the aliases there are. */
public class UnknownAssociationException extends JunctionException {
    private static final long serialVersionUID = 1L;

    public UnknownAssociationException(String message) {
        super(message);
    }
}
