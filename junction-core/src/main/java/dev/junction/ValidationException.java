package dev.junction;

import dev.junction.internal.Arguments;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A value was rejected before anything was written: a missing required attribute, a value of the wrong type, an
 * unknown attribute, an instance that is not saved yet, or values breaking the model's validators.
 * {@link #model()} and {@link #attribute()} say where; {@link #failures()} lists every broken validator (all of an
 * instance's, or of every row of a {@code bulkCreate}), and is empty for the other rejections.
 */
public class ValidationException extends JunctionException {
    private static final long serialVersionUID = 1L;
    private final String model;
    private final String attribute;
    private final List<Failure> failures;

    /**
     * One broken validator.
     *
     * @param model     the model whose value was rejected
     * @param attribute the attribute, or {@code null} for a model-wide validator
     * @param value     the rejected value ({@code null} for a model-wide validator)
     * @param rule      the validator's name ({@code "isEmail"}, {@code "len"}, a custom name)
     * @param message   what was wrong, for people
     * @param row       the 0-based row of a {@code bulkCreate}, or -1 for a single instance
     */
    public record Failure(String model, String attribute, Object value, String rule, String message, int row) {
        @Override
        public String toString() {
            return (row >= 0 ? "row " + row + ": " : "") + message;
        }
    }

    public ValidationException(String model, String attribute, String message) {
        super(message);
        this.model = model;
        this.attribute = attribute;
        this.failures = List.of();
    }

    /** Every failure of {@code failures}, all of model {@code model}, listed in the message. */
    public ValidationException(String model, List<Failure> failures) {
        super("Validation failed for " + model + ": " + Arguments.listOrEmpty(failures).stream()
                .map(Failure::toString).collect(Collectors.joining("; ")));
        this.model = model;
        this.failures = Arguments.listOrEmpty(failures);
        this.attribute = this.failures.size() == 1 ? this.failures.get(0).attribute() : null;
    }

    /** The model whose value was rejected. */
    public String model() {
        return model;
    }

    /** The attribute whose value was rejected, or {@code null} when the whole instance (or several) was. */
    public String attribute() {
        return attribute;
    }

    /** Every broken validator, in attribute then row order; empty when the rejection was not a validator's. */
    public List<Failure> failures() {
        return failures;
    }
}
