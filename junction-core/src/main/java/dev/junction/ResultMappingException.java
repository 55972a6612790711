package dev.junction;

/**
 * A raw query's result could not be turned into what was asked for: a column's value does not fit the type of the
 * record component or field it maps to, a record component has no column, two columns map to one component, or a
 * query expected to return at most one row (or one column) returned more. {@link #targetType()},
 * {@link #component()} and {@link #column()} say where, when they apply.
 */
public class ResultMappingException extends JunctionException {
    private static final long serialVersionUID = 1L;
    private final String targetType;
    private final String component;
    private final String column;

    public ResultMappingException(String message, String targetType, String component, String column) {
        super(message);
        this.targetType = targetType;
        this.component = component;
        this.column = column;
    }

    /** The class rows were mapped to ({@code "User"}), or {@code null}. */
    public String targetType() {
        return targetType;
    }

    /** The record component or field, or {@code null}. */
    public String component() {
        return component;
    }

    /** The result column (its label), or {@code null}. */
    public String column() {
        return column;
    }
}
