package dev.junction;

/**
 * A value was rejected before anything was written: a missing required attribute, a value of the wrong type, an
 * unknown attribute, an instance that is not saved yet. {@link #model()} and {@link #attribute()} say where.
 */
public class ValidationException extends JunctionException {
    private static final long serialVersionUID = 1L;
    private final String model;
    private final String attribute;

    public ValidationException(String model, String attribute, String message) {
        super(message);
        this.model = model;
        this.attribute = attribute;
    }

    /** The model whose value was rejected. */
    public String model() {
        return model;
    }

    /** The attribute whose value was rejected, or {@code null} when the whole instance was. */
    public String attribute() {
        return attribute;
    }
}
