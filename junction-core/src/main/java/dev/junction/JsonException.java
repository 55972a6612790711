package dev.junction;

/**
 * A json() attribute's stored text could not be read as the attribute's Java type: it is not JSON, or its shape
 * does not fit (an object where a list is expected). {@link #model()} and {@link #attribute()} say where; the
 * cause is the JSON library's error. Values being written are checked before anything is written, and refused with
 * a {@link ValidationException} instead.
 */
public class JsonException extends JunctionException {
    private static final long serialVersionUID = 1L;
    private final String model;
    private final String attribute;

    public JsonException(String model, String attribute, String message, Throwable cause) {
        super(message, cause);
        this.model = model;
        this.attribute = attribute;
    }

    /** The model whose value could not be read. */
    public String model() {
        return model;
    }

    /** The json() attribute whose value could not be read. */
    public String attribute() {
        return attribute;
    }
}
