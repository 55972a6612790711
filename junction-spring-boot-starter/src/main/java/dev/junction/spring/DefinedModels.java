package dev.junction.spring;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.Association;
import dev.junction.association.AssociationKey;
import java.util.List;

/**
 * The scanned model classes, defined on the application's {@code Junction} with {@code defineAll} (each class's
 * {@code init} and {@code associate} hooks run) when this bean is made. Thread-safe once made.
 */
public final class DefinedModels {
    static final String BEAN = "junctionDefinedModels";

    private final Junction db;
    private final List<Class<?>> classes;

    DefinedModels(Junction db, List<Class<?>> classes) {
        this.db = db;
        this.classes = List.copyOf(classes);
        if (!classes.isEmpty()) db.defineAll(classes.toArray(Class<?>[]::new));
    }

    /** The model classes found by scanning, in the order they were defined. */
    public List<Class<?>> classes() {
        return classes;
    }

    /** The typed handle of one of them. */
    public <T> Model<T> model(Class<T> type) {
        return db.model(type);
    }

    /**
     * The association handle {@code key} names ({@code db.association(key)}); the starter registers one bean of this
     * per {@code static final} association key of a scanned model class.
     */
    public <S, T, A extends Association<S, T>> A association(AssociationKey<S, T, A> key) {
        return db.association(key);
    }
}
