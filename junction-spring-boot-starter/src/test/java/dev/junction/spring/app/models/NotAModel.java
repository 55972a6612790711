package dev.junction.spring.app.models;

/** Has an {@code init} method, but not the model hook's: the scan leaves it alone. */
public final class NotAModel {
    private NotAModel() {
    }

    static void init() {
        // not init(ModelSpec)
    }
}
