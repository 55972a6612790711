package dev.junction;

/** An instance's row was expected but is not there (deleted by someone else, or never saved with this key). */
public class NotFoundException extends JunctionException {
    private static final long serialVersionUID = 1L;
    private final String model;

    public NotFoundException(String model, String message) {
        super(message);
        this.model = model;
    }

    /** The model whose row is missing. */
    public String model() {
        return model;
    }
}
