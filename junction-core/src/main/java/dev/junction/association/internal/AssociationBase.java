package dev.junction.association.internal;

import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.Association;
import dev.junction.internal.ModelImpl;
import dev.junction.internal.Runtime;

/** What every association kind shares: its ends, alias and the key resolution for both. */
abstract class AssociationBase<S, T> implements Association<S, T> {
    final Runtime runtime;
    final ModelImpl<S> source;
    final ModelImpl<T> target;
    final String as;
    final String singular;

    AssociationBase(Runtime runtime, ModelImpl<S> source, ModelImpl<T> target, String as, String singular) {
        this.runtime = runtime;
        this.source = source;
        this.target = target;
        this.as = as;
        this.singular = singular;
    }

    @Override
    public String as() {
        return as;
    }

    @Override
    public String singular() {
        return singular;
    }

    @Override
    public Model<S> source() {
        return source;
    }

    @Override
    public Model<T> target() {
        return target;
    }

    /** {@code "User.Favorites"}, for messages. */
    String label() {
        return source.name() + "." + as;
    }

    ModelImpl<Row> sourceRows() {
        return runtime.models().rows(source.name());
    }

    ModelImpl<Row> targetRows() {
        return runtime.models().rows(target.name());
    }

    /** The value of the source's {@code attribute} for an instance, Row or key. */
    Object sourceValue(Object given, String attribute) {
        return Keys.of(source, sourceRows(), attribute, given, label() + " source");
    }

    /** The value of the target's {@code attribute} for an instance, Row, Link or key. */
    Object targetValue(Object given, String attribute) {
        return Keys.of(target, targetRows(), attribute, given, label() + " target");
    }

    /** The column of {@code model}'s attribute {@code attribute}. */
    static String column(ModelImpl<?> model, String attribute) {
        return model.definition().attribute(attribute).orElseThrow().column();
    }

    /** The single-attribute primary key of {@code model}. */
    static String primaryKey(ModelImpl<?> model) {
        return model.definition().primaryKey().get(0).name();
    }

    @Override
    public String toString() {
        return kind() + " " + label() + " → " + target.name();
    }
}
