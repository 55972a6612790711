package dev.junction;

import java.util.List;

/** A scope was asked for by a name its model does not declare. The message lists the scopes there are. */
public class UnknownScopeException extends JunctionException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final String scope;

    /**
     * @param model the model asked
     * @param scope the name it does not know
     * @param known the names it does know, listed in the message
     */
    public UnknownScopeException(String model, String scope, List<String> known) {
        super("Model " + model + " has no scope '" + scope + "' (it has " + known + ")");
        this.model = model;
        this.scope = scope;
    }

    /** The model asked. */
    public String model() {
        return model;
    }

    /** The name it does not know. */
    public String scope() {
        return scope;
    }
}
